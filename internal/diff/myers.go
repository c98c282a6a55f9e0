package diff

// An op is one step of an edit script: a line kept, deleted from the
// old text or inserted from the new one. a and b are the indexes of the
// line in the old and the new text where the step stands.
type op struct {
	kind kind
	a, b int
}

type kind uint8

const (
	equal kind = iota
	delete
	insert
)

// compare returns a shortest edit script from a to b (Myers, "An O(ND)
// Difference Algorithm and Its Variations"). Its time is in the number
// of lines times the number of differences D, its memory in the number
// of lines plus D squared: of each step's frontier, only the part it
// reached is kept to walk back through.
func compare(a, b []string) []op {
	n, m := len(a), len(b)
	off := n + m + 1
	v := make([]int, 2*off+1) // v[off+k]: the furthest x on diagonal k
	var trace [][]int         // trace[d][k+d+1]: v[off+k] after step d, for k in -d-1..d+1
	for d := 0; d <= n+m; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down from diagonal k+1: an insertion
			} else {
				x = v[off+k-1] + 1 // right from diagonal k-1: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(trace, n, m, d)
			}
		}
		trace = append(trace, append([]int(nil), v[off-d-1:off+d+2]...))
	}
	return nil // unreachable: step n+m reaches the end
}

// backtrack walks from the end of both texts back to their start through
// the frontiers of the steps before d, and returns the script in order.
func backtrack(trace [][]int, n, m, d int) []op {
	var rev []op
	x, y := n, m
	for ; d > 0; d-- {
		prev := trace[d-1]
		v := func(k int) int { return prev[k+d] } // diagonal k after step d-1
		k := x - y
		prevK := k - 1
		if k == -d || k != d && v(k-1) < v(k+1) {
			prevK = k + 1
		}
		prevX := v(prevK)
		prevY := prevX - prevK
		// The run of equal lines after the step's move.
		for x > prevX && y > prevY && (prevK == k+1 || x > prevX+1) {
			x, y = x-1, y-1
			rev = append(rev, op{equal, x, y})
		}
		if prevK == k+1 {
			rev = append(rev, op{insert, prevX, prevY})
		} else {
			rev = append(rev, op{delete, prevX, prevY})
		}
		x, y = prevX, prevY
	}
	for x > 0 && y > 0 {
		x, y = x-1, y-1
		rev = append(rev, op{equal, x, y})
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}
