package theme

import (
	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/index"
	"github.com/motcua/motcua/internal/tmplexec"
)

// hotMethods are the methods the default and Hugo-equivalent themes call
// on most pages, which tmplexec then calls without reflection: at 10,000
// pages there are about half a million such calls, and reflect.Value.Call
// cost some 0.8 s of CPU on them. Any other method works the same, only
// slower.
func hotMethods() []tmplexec.Method {
	return []tmplexec.Method{
		tmplexec.Method1("URL", (*index.View).URL),
		tmplexec.Method0("Canonical", (*index.View).Canonical),
		tmplexec.Method0("Nav", (*index.View).Nav),
		tmplexec.Method0("IsQA", (*index.Page).IsQA),
		tmplexec.Method0("IsNews", (*index.Page).IsNews),
		tmplexec.Method0("IsExemplar", (*index.Page).IsExemplar),
		tmplexec.Method0("TermGroups", (*index.Page).TermGroups),
		tmplexec.Method0("LastChange", (*index.Page).LastChange),
		tmplexec.Method1("RelatedProcedures", (*index.Site).RelatedProcedures),
		tmplexec.Method0("TopSections", (*index.Site).TopSections),
		tmplexec.Method0("Title", (*index.Section).Title),
		tmplexec.Method0("Path", (*index.Section).Path),
		tmplexec.Method0("Count", (*index.Term).Count),
		tmplexec.Method0("AllProcedures", (*index.Term).AllProcedures),
		tmplexec.Method0("IsSet", (*content.Date).IsSet),
		tmplexec.Method0("Label", (*content.ChannelKind).Label),
		tmplexec.Method0("Label", (*content.Level).Label),
		tmplexec.Method0("Label", (*content.OnlineLevel).Label),
		tmplexec.Method0("Label", (*content.Status).Label),
		tmplexec.Method0("Label", (*content.ExemplarKind).Label),
	}
}
