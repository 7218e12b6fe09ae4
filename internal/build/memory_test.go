package build

import (
	"math"
	"os"
	"runtime/debug"
	"testing"
)

// Build bounds its memory while it runs and gives the process back the
// limit it had: none, or the one the user set, which it never overrides.
func TestBuildRestoresMemoryLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	for _, before := range []int64{math.MaxInt64, 3 << 30} {
		debug.SetMemoryLimit(before)
		if _, _, err := buildMem(t, os.DirFS("testdata/sites/basic"), Options{Minify: true}); err != nil {
			t.Fatal(err)
		}
		if got := debug.SetMemoryLimit(-1); got != before {
			t.Errorf("limit %d before the build, %d after", before, got)
		}
	}
	s := &state{}
	debug.SetMemoryLimit(3 << 30)
	s.limitMemory()
	if got := debug.SetMemoryLimit(-1); got != 3<<30 {
		t.Errorf("a limit the user set became %d", got)
	}
	debug.SetMemoryLimit(math.MaxInt64)
	s.limitMemory()
	if got := debug.SetMemoryLimit(-1); got < memoryFloor || got == math.MaxInt64 {
		t.Errorf("without a user limit the build set %d, want at least %d", got, memoryFloor)
	}
}
