package analyzer

import (
	"go/constant"
	"path/filepath"
	"slices"
	"strconv"
)

// This file decides, once every body has been walked, which constants
// reach sinks and exports what the package's functions and fields do with
// statuses as facts, for the packages that import it.

// exportFacts exports the facts of this package's wrappers, status
// functions (those whose result reaches a sink, and evident, those that
// return a status by evidence) and status fields, once their state is
// final.
func (fl *flow) exportFacts(evident []slot) {
	pass := fl.r.pass
	for _, fn := range fl.list {
		if fn.obj == nil {
			continue
		}
		var w *isWrapper
		for i := range fn.nparams {
			st := fl.lookup(slot{fn: fn, idx: i})
			if st == nil || st.kind == 0 {
				continue
			}
			k := st.kind
			if w == nil {
				w = &isWrapper{Kinds: make([]kind, fn.nparams)}
			}
			w.Kinds[i] = k
			if g := guardFacts(st.guard); len(g) > 0 {
				if w.Guards == nil {
					w.Guards = make([][]guardFact, fn.nparams)
				}
				w.Guards[i] = g
			}
		}
		if w != nil {
			pass.ExportObjectFact(fn.obj, w)
		}
		if !fn.obj.Exported() || fn.sig == nil {
			continue
		}
		for i := range fn.sig.Results().Len() {
			s := resultSlot(fn, i)
			st := fl.lookup(s)
			if st == nil || (st.kind == 0 && !slices.Contains(evident, s)) {
				continue
			}
			var through []int
			for _, src := range st.in {
				if src.kind == fromSlot && src.slot.isParam() && src.slot.fn == fn && !slices.Contains(through, src.slot.idx) {
					through = append(through, src.slot.idx)
				}
			}
			if codes := fl.codes(s, make(map[slot]bool), nil); len(codes) > 0 || len(through) > 0 {
				pass.ExportObjectFact(fn.obj, &isStatusFunc{Result: i, Codes: codes, Through: through})
				break // one status result per function
			}
		}
	}
	for _, st := range fl.order {
		if v := st.slot.field; v != nil && v.Pkg() == pass.Pkg && v.Exported() && st.kind != 0 {
			pass.ExportObjectFact(v, &isStatusField{Kind: st.kind})
		}
	}
}

// codes lists the constants that flow into slot s, through results and
// fields of this package and status functions of others, with where each
// is written.
func (fl *flow) codes(s slot, seen map[slot]bool, out []statusCode) []statusCode {
	if seen[s] {
		return out
	}
	seen[s] = true
	st := fl.lookup(s)
	if st == nil {
		return out
	}
	for _, src := range st.in {
		switch {
		case src.kind == fromConst:
			v := constant.ToInt(fl.r.pass.TypesInfo.Types[src.expr].Value)
			if v.Kind() != constant.Int {
				continue
			}
			if code, ok := constant.Int64Val(v); ok {
				p := fl.r.pass.Fset.Position(src.expr.Pos())
				out = addCode(out, statusCode{code, filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line)})
			}
		case src.kind == fromImported:
			for _, c := range src.fact.Codes {
				out = addCode(out, c)
			}
		case src.kind == fromSlot && !src.slot.isParam():
			// A result of this package, or a field.
			out = fl.codes(src.slot, seen, out)
		}
	}
	return out
}

func addCode(codes []statusCode, c statusCode) []statusCode {
	for _, have := range codes {
		if have == c {
			return codes
		}
	}
	return append(codes, c)
}
