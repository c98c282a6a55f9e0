package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRead(t *testing.T) {
	mods, err := Read(filepath.Join("..", "corpus.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) < 11 {
		t.Fatalf("corpus.txt lists %d modules, want the 11 of the benchmark", len(mods))
	}
	for _, m := range mods {
		if len(m.Patterns) == 0 || m.Version == "" {
			t.Errorf("%+v: no pattern or version", m)
		}
	}

	bad := filepath.Join(t.TempDir(), "c.txt")
	os.WriteFile(bad, []byte("# only a comment\nexample.com/m\n"), 0o644)
	if _, err := Read(bad); err == nil || err.Error() != bad+":2: want MODULE VERSION [quick] [PATTERN...]" {
		t.Errorf("Read of a line without a version: %v", err)
	}
}
