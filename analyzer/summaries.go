package analyzer

import (
	"go/constant"
	"go/types"
	"slices"

	"github.com/httpstatuslint/httpstatus/internal/written"
)

// This file sums up, once every slot's state is final, what the package's
// functions and fields do with statuses, as facts for the packages that
// import it: wrappers and their guards, status functions with the codes
// they return, status fields. A fact exported before the state was final
// would tell importers less than the package does.

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
			if into := fl.into[slot{fn: fn, idx: i}]; len(into) > 0 {
				if w.Into == nil {
					w.Into = make([][]string, fn.nparams)
				}
				w.Into[i] = into
			}
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
			if st == nil || (st.kind|fl.sidesKind(s) == 0 && !slices.Contains(evident, s)) {
				continue
			}
			var through []int
			for _, src := range st.in {
				if src.from == fromSlot && src.slot.isParam() && src.slot.fn == fn && !slices.Contains(through, src.slot.idx) {
					through = append(through, src.slot.idx)
				}
			}
			if codes := fl.returnedCodes(s, make(map[slot]bool), nil); len(codes) > 0 || len(through) > 0 {
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
	if fl.paramSet != nil {
		fl.paramSet.export(func(fn *types.Func, param int) bool {
			f := fl.byObj[fn]
			return f != nil && fl.kindOf(slot{fn: f, idx: param}) != 0
		})
	}
	exportStores(pass, fl.own, fl.imported())
	if fl.sentinels == nil {
		fl.sentinels = sentinels(pass)
	}
	exportSentinels(pass, fl.sentinels)
}

// returnedCodes lists the constants that flow into slot s, through results and
// fields of this package and status functions of others, each with where
// it is written and whether it was checked against the catalog there.
func (fl *flow) returnedCodes(s slot, seen map[slot]bool, out []returnedCode) []returnedCode {
	if s.side != sideAny {
		// The codes of one side of the error: each is tagged with it.
		from := len(out)
		out = fl.codesOf(s, seen, out)
		// The codes beside nil that no check here judged (checkEvident)
		// wait for the package that writes them.
		quiet := s.side == sideNil && fl.kindOf(s) == 0 && !fl.isEvident(s, make(map[slot]bool))
		for i := range out[from:] {
			out[from+i].Side = s.side
			out[from+i].Quiet = out[from+i].Quiet || quiet
		}
		return mergeSides(out, from)
	}
	return fl.codesOf(s, seen, out)
}

// codesOf is returnedCodes without the side tags.
func (fl *flow) codesOf(s slot, seen map[slot]bool, out []returnedCode) []returnedCode {
	if seen[s] {
		return out
	}
	seen[s] = true
	st := fl.lookup(s)
	if st == nil {
		return out
	}
	// What flows into a slot that sets a status here has been checked
	// against this package's catalog: a constant where it is written,
	// another package's codes at the call (decide).
	setsHere := st.kind&sets != 0
	for _, src := range st.in {
		switch {
		case src.from == fromConst:
			v := constant.ToInt(fl.r.pass.TypesInfo.Types[src.expr].Value)
			if v.Kind() != constant.Int {
				continue
			}
			if code, ok := constant.Int64Val(v); ok && code == int64(int(code)) {
				c := written.Code{Code: int(code), Posn: fl.r.pass.Fset.Position(src.expr.Pos())}
				out = addCode(out, returnedCode{Written: c, Checked: setsHere})
			}
		case src.from == fromImported:
			for _, c := range src.fact.Codes {
				c.Checked = c.Checked || setsHere
				c.Side = sideAny                  // the side of the callee's error, not this one's
				c.Quiet = c.Quiet && st.kind == 0 // written here: judged at the call
				out = addCode(out, c)
			}
		case src.from == fromSlot && !src.slot.isParam():
			// A result of this package, or a field.
			out = fl.returnedCodes(src.slot, seen, out)
		}
	}
	return out
}

// addCode adds c to codes unless it is there; a code met twice, once
// where it was checked, counts as checked (and as judged, once where it
// was judged), and once on each side of the error, on both.
func addCode(codes []returnedCode, c returnedCode) []returnedCode {
	for i, have := range codes {
		if have.Written.Code == c.Written.Code && written.ComparePosn(have.Written.Posn, c.Written.Posn) == 0 {
			codes[i].Checked = have.Checked || c.Checked
			codes[i].Quiet = have.Quiet && c.Quiet
			if have.Side != c.Side {
				codes[i].Side = sideAny
			}
			return codes
		}
	}
	return append(codes, c)
}

// mergeSides folds into codes[:from] the codes of codes[from:] that are
// already there, by addCode.
func mergeSides(codes []returnedCode, from int) []returnedCode {
	added := slices.Clone(codes[from:])
	codes = codes[:from]
	for _, c := range added {
		codes = addCode(codes, c)
	}
	return codes
}
