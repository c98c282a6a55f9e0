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

// finish checks the constants that flow into slots, now that every slot's
// kind is known, and exports the facts of this package's wrappers, status
// functions and status fields.
func (fl *flow) finish() {
	// Status functions by evidence: their returns get the literal and
	// invalid checks even if no sink of this package writes them.
	evident := make(map[slot]bool)
	for _, fn := range fl.list {
		if fn.sig == nil {
			continue
		}
		for i := range fn.sig.Results().Len() {
			s := slot{fn: fn, idx: -1 - i}
			if len(fl.pending[s]) > 0 && fl.kinds[s] == 0 && fl.evident(s, make(map[slot]bool)) {
				evident[s] = true
			}
		}
	}
	checked := make(map[slot]bool)
	for _, fn := range fl.list {
		if fn.sig == nil {
			continue
		}
		for i := range fn.sig.Results().Len() {
			if s := (slot{fn: fn, idx: -1 - i}); evident[s] {
				fl.checkEvident(s, checked)
			}
		}
	}

	for _, s := range fl.order {
		k := fl.kinds[s]
		if k == 0 {
			continue
		}
		consts := ""
		if s.field != nil {
			if sf := fl.r.sinks.status[s.field]; sf != nil {
				consts = sf.consts
			}
		}
		for _, src := range fl.pendingOf(s) {
			switch {
			case src.expr != nil:
				if !s.isParam() || fl.satisfies(src.expr, fl.guards[s]) {
					fl.r.check(src.expr, k, consts)
				}
			case src.call != nil:
				fl.importedResult(src, k)
			}
		}
	}

	pass := fl.r.pass
	for _, fn := range fl.list {
		if fn.obj == nil {
			continue
		}
		var w *isWrapper
		for i := range fn.nparams {
			s := slot{fn: fn, idx: i}
			k := fl.kinds[s]
			if k == 0 {
				continue
			}
			if w == nil {
				w = &isWrapper{Kinds: make([]kind, fn.nparams)}
			}
			w.Kinds[i] = k
			if g := guardFacts(fl.guards[s]); len(g) > 0 {
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
			s := slot{fn: fn, idx: -1 - i}
			if fl.kinds[s] == 0 && !evident[s] {
				continue
			}
			var through []int
			for _, src := range fl.pending[s] {
				if src.expr == nil && src.call == nil && src.slot.isParam() && src.slot.fn == fn && !slices.Contains(through, src.slot.idx) {
					through = append(through, src.slot.idx)
				}
			}
			if codes := fl.codes(s, make(map[slot]bool), nil); len(codes) > 0 || len(through) > 0 {
				pass.ExportObjectFact(fn.obj, &isStatusFunc{Result: i, Codes: codes, Through: through})
				break // one status result per function
			}
		}
	}
	for _, s := range fl.order {
		if v := s.field; v != nil && v.Pkg() == pass.Pkg && v.Exported() {
			if k := fl.kinds[s]; k != 0 {
				pass.ExportObjectFact(v, &isStatusField{Kind: k})
			}
		}
	}
}

// evident reports whether result slot s returns a status by evidence: a
// Status constant of net/http, fasthttp or fiber, a status field, or the
// result of another status function.
func (fl *flow) evident(s slot, seen map[slot]bool) bool {
	if seen[s] {
		return false
	}
	seen[s] = true
	for _, src := range fl.pending[s] {
		switch {
		case src.expr != nil:
			if c := fl.namedConst(src.expr); c != nil && fl.r.sinks.isStatusConst(c) {
				return true
			}
		case src.call != nil:
			return true
		case src.slot.field != nil:
			if fl.kinds[src.slot] != 0 {
				return true
			}
		case !src.slot.isParam():
			if fl.kinds[src.slot] != 0 || fl.evident(src.slot, seen) {
				return true
			}
		}
	}
	return false
}

// checkEvident applies the literal and invalid checks to the constants
// that a status function by evidence returns, directly, through local
// variables or through the results of other functions of this package.
// The check stops at parameters and fields: evidence is about what the
// function returns, not about every value those hold elsewhere.
func (fl *flow) checkEvident(s slot, checked map[slot]bool) {
	if checked[s] {
		return
	}
	checked[s] = true
	for _, src := range fl.pending[s] {
		switch {
		case src.expr != nil:
			fl.r.check(src.expr, names|strict, "")
		case src.call == nil && src.slot.fn != nil && !src.slot.isParam() && fl.kinds[src.slot] == 0:
			fl.checkEvident(src.slot, checked)
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
	for _, src := range fl.pending[s] {
		switch {
		case src.expr != nil:
			v := constant.ToInt(fl.r.pass.TypesInfo.Types[src.expr].Value)
			if v.Kind() != constant.Int {
				continue
			}
			if code, ok := constant.Int64Val(v); ok {
				p := fl.r.pass.Fset.Position(src.expr.Pos())
				out = addCode(out, statusCode{code, filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line)})
			}
		case src.call != nil:
			for _, c := range src.codes.Codes {
				out = addCode(out, c)
			}
		case !src.slot.isParam():
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
