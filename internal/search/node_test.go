package search

import (
	"os/exec"
	"testing"
)

// TestJavaScript runs the search.js tests (search.test.mjs), which check the
// browser engine against the same vectors, the fixture index in
// testdata/index and the Go engine's rankings.
func TestJavaScript(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	out, err := exec.Command(node, "--test", "../../themes/default/static/js/").CombinedOutput()
	if err != nil {
		t.Fatalf("node --test: %v\n%s", err, out)
	}
}
