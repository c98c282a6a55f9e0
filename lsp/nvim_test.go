package lsp_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNeovim runs a real editor against the server: a headless Neovim
// (0.7 or later) opens the fixture, shows the diagnostics, applies the
// quick fix with its own edit code, saves, and sees the diagnostic go;
// testdata/nvim/session.lua writes what it saw. Neovim converts the
// server's UTF-16 ranges into byte columns itself. Skipped where nvim is
// not installed.
func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim is not installed")
	}
	dir := fixture(t)
	script, err := filepath.Abs(filepath.Join("testdata", "nvim", "session.lua"))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out.json")
	home := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*wait)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "-n", "-i", "NONE", "-u", "NONE", "-c", "luafile "+script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HTTPSTATUS="+binary, "OUT="+out,
		"XDG_CONFIG_HOME="+home, "XDG_DATA_HOME="+home, "XDG_STATE_HOME="+home, "XDG_CACHE_HOME="+home)
	output, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("nvim: %v\n%s", err, output)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("nvim wrote no result: %v\n%s", err, output)
	}
	type diag struct {
		Lnum     int `json:"lnum"`
		Col      int `json:"col"`
		EndLnum  int `json:"end_lnum"`
		EndCol   int `json:"end_col"`
		Severity int `json:"severity"`

		Source, Code, Message string
	}
	var res struct {
		Error   string
		Before  []diag
		After   []diag
		Actions []struct {
			Title, Kind string
			IsPreferred bool
		}
		Applied, Text string
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
	if res.Error != "" {
		t.Fatalf("nvim session: %s\n%s", res.Error, data)
	}
	// Byte columns: the literal follows a four-byte rune on its line.
	want := diag{Lnum: 7, Col: 22, EndLnum: 7, EndCol: 25, Severity: 2, Source: "httpstatus", Code: "literal",
		Message: "use http.StatusNotFound instead of 404"}
	if len(res.Before) != 1 || res.Before[0] != want {
		t.Errorf("diagnostics in nvim: %+v, want %+v", res.Before, want)
	}
	if len(res.Actions) != 1 || res.Actions[0].Title != "Replace 404 with http.StatusNotFound" || res.Actions[0].Kind != "quickfix" || !res.Actions[0].IsPreferred {
		t.Errorf("code actions in nvim: %+v", res.Actions)
	}
	fixed, err := os.ReadFile(filepath.Join(dir, "handler.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(fixed), "import \"fmt\"\nimport \"net/http\"\n") || !strings.Contains(string(fixed), "/* 𝄞 */, http.StatusNotFound)") {
		t.Errorf("handler.go as nvim saved it:\n%s", fixed)
	}
	if len(res.After) != 0 {
		t.Errorf("diagnostics after the fix: %+v", res.After)
	}
}
