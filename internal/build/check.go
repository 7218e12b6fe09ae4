package build

import (
	"io/fs"
	"slices"
	"time"

	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/validate"
)

// lastCheckStep is the last step Check runs: every later one produces
// output rather than finding problems in the sources.
const lastCheckStep = "markdown"

// Check runs the steps of a build that read and verify the site (config,
// load, validate, markdown) and writes nothing. Unlike Build it does not
// stop at the first step that found errors: an editor fixing a site wants
// every problem at once. The returned error is a *diag.Problems when any
// problem is an error; warnings are in the Result either way.
func Check(fsys fs.FS, opts Options) (*Result, error) {
	s := &state{fsys: fsys, opts: opts, diags: &diag.List{}}
	s.result = &Result{Diags: s.diags}
	s.runSteps(s.steps(), func(names []string) bool {
		return !slices.Contains(names, lastCheckStep)
	})
	if s.diags.HasErrors(false) {
		return s.result, &diag.Problems{List: s.diags, Catalog: s.result.Catalog}
	}
	return s.result, nil
}

// validate applies the content rules that span fields and pages
// (internal/validate).
func (s *state) validate() {
	now := s.opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	validate.Site(&s.cfg, s.content, s.fsys, now, s.diags)
}
