package diff

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	for _, tc := range []struct {
		name, old, new, want string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"insert in the middle", "a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nX\ne\nf\ng\nh\n", `--- old
+++ new
@@ -2,6 +2,7 @@
 b
 c
 d
+X
 e
 f
 g
`},
		{"insert at the start", "a\nb\n", "X\na\nb\n", `--- old
+++ new
@@ -1,2 +1,3 @@
+X
 a
 b
`},
		{"append after a last line without newline", "a\nb", "a\nb\nc\n", `--- old
+++ new
@@ -1,2 +1,3 @@
 a
-b
\ No newline at end of file
+b
+c
`},
		{"two hunks", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\nX\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\nY\n12\n", `--- old
+++ new
@@ -1,4 +1,5 @@
 1
+X
 2
 3
 4
@@ -9,4 +10,5 @@
 9
 10
 11
+Y
 12
`},
		{"close changes share a hunk", "1\n2\n3\n4\n5\n6\n7\n8\n", "1\nX\n2\n3\n4\n5\n6\n7\nY\n8\n", `--- old
+++ new
@@ -1,8 +1,10 @@
 1
+X
 2
 3
 4
 5
 6
 7
+Y
 8
`},
		{"replace", "a\nb\nc\n", "a\nB\nc\n", `--- old
+++ new
@@ -1,3 +1,3 @@
 a
-b
+B
 c
`},
		{"from nothing", "", "a\n", `--- old
+++ new
@@ -0,0 +1 @@
+a
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Unified("old", "new", tc.old, tc.new)
			if got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
			if got := apply(t, tc.old, got); got != tc.new {
				t.Errorf("applying the diff gives %q, want %q", got, tc.new)
			}
		})
	}
}

// TestShortest: an insertion of lines is shown as that insertion and
// nothing else, however the lines repeat.
func TestShortest(t *testing.T) {
	old := "  '200':\n    description: OK\n  '404':\n    description: Not Found\n"
	new := "  '200':\n    description: OK\n  '401':\n    description: Unauthorized\n  '404':\n    description: Not Found\n"
	got := Unified("f (old)", "f (new)", old, new)
	want := `--- f (old)
+++ f (new)
@@ -1,4 +1,6 @@
   '200':
     description: OK
+  '401':
+    description: Unauthorized
   '404':
     description: Not Found
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestRandom applies the diff of random pairs of texts and checks that
// it gives the new text, and that it is as short as the edit distance.
func TestRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	text := func() string {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(strconv.Itoa(r.IntN(5)) + "\n")
		}
		return b.String()
	}
	for i := range 500 {
		old, new := text(), text()
		d := Unified("a", "b", old, new)
		if got := apply(t, old, d); got != new {
			t.Fatalf("case %d: applying\n%s\nto %q gives %q, want %q", i, d, old, got, new)
		}
		changed := strings.Count(d, "\n+") + strings.Count(d, "\n-") - 1
		if old == new {
			changed = 0
		}
		if want := distance(lines(old), lines(new)); changed != want {
			t.Fatalf("case %d: %d lines changed, want %d (the edit distance)\n%s", i, changed, want, d)
		}
	}
}

// distance is the number of lines deleted and inserted by a shortest
// edit script, by dynamic programming.
func distance(a, b []string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			d[i][j] = min(d[i-1][j], d[i][j-1]) + 1
			if a[i-1] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-1][j-1])
			}
		}
	}
	return d[len(a)][len(b)]
}

// apply applies a unified diff to old, checking its context lines.
func apply(t *testing.T, old, d string) string {
	t.Helper()
	if d == "" {
		return old
	}
	src := lines(old)
	var out []string
	next := 0 // the next line of src to copy
	dl := strings.Split(strings.TrimSuffix(d, "\n"), "\n")[2:]
	for i := 0; i < len(dl); i++ {
		l := dl[i]
		if strings.HasPrefix(l, "@@") {
			var a, an, b, bn int
			if _, err := fmt.Sscanf(header(l), "%d %d %d %d", &a, &an, &b, &bn); err != nil {
				t.Fatalf("bad hunk header %q: %v", l, err)
			}
			start := a - 1
			if an == 0 {
				start = a
			}
			out = append(out, src[next:start]...)
			next = start
			continue
		}
		text := l[1:] + "\n"
		if i+1 < len(dl) && dl[i+1] == `\ No newline at end of file` {
			text = l[1:]
			i++
		}
		switch l[0] {
		case ' ', '-':
			if next >= len(src) || src[next] != text {
				t.Fatalf("context %q does not match line %d of the old text", text, next+1)
			}
			if l[0] == ' ' {
				out = append(out, text)
			}
			next++
		case '+':
			out = append(out, text)
		}
	}
	out = append(out, src[next:]...)
	return strings.Join(out, "")
}

// header turns "@@ -a,n +b,m @@" into "a n b m", with n and m 1 where
// they are left out.
func header(l string) string {
	f := strings.Fields(l)
	r := func(s string) string {
		s = s[1:]
		if !strings.Contains(s, ",") {
			s += ",1"
		}
		return strings.Replace(s, ",", " ", 1)
	}
	return r(f[1]) + " " + r(f[2])
}

// TestLarge: a few lines added to a long text are found quickly, and
// the diff of 200,000 lines with ten added is the ten lines, with their
// context.
func TestLarge(t *testing.T) {
	var old, new strings.Builder
	for i := range 200000 {
		line := "line " + strconv.Itoa(i) + "\n"
		old.WriteString(line)
		new.WriteString(line)
		if i%20000 == 10 {
			new.WriteString("added\n")
		}
	}
	d := Unified("a", "b", old.String(), new.String())
	if got := strings.Count(d, "\n+added"); got != 10 {
		t.Errorf("%d lines added, want 10", got)
	}
	if got := strings.Count(d, "\n-"); got != 0 {
		t.Errorf("%d lines deleted, want none", got)
	}
	if got := apply(t, old.String(), d); got != new.String() {
		t.Error("applying the diff does not give the new text")
	}
}
