package catalog

import "strings"

// This file answers, for one operation of an OpenAPI document, which
// codes it documents: what a check of each route against its operation
// asks.

// Documents reports whether the operation documents code, and by which
// response key: the code itself ("404"), its class ("4XX"), or, for a
// 4xx or 5xx code, "default". An exact key wins over a class, a class
// over default, as OpenAPI resolves a response.
func (op *Operation) Documents(code int) (key string, ok bool) {
	class, dflt := "", ""
	for _, r := range op.Responses {
		c, cl, err := parseKey(r.Key)
		switch {
		case r.Key == "default":
			dflt = r.Key
		case err != nil:
		case cl == 0 && c == code:
			return r.Key, true
		case cl != 0 && cl == code/100 && class == "":
			class = r.Key
		}
	}
	switch {
	case class != "" && code >= MinCode && code <= MaxCode:
		return class, true
	case dflt != "" && code >= 400 && code <= MaxCode:
		return dflt, true
	}
	return "", false
}

// Keys returns the operation's response keys as the document writes
// them, in its order.
func (op *Operation) Keys() []string {
	keys := make([]string, len(op.Responses))
	for i, r := range op.Responses {
		keys[i] = r.Key
	}
	return keys
}

// Declares reports whether some operation of the document documents code.
func (doc *OpenAPI) Declares(code int) bool {
	for i := range doc.Operations {
		if _, ok := doc.Operations[i].Documents(code); ok {
			return true
		}
	}
	return false
}

// Class returns the class a key such as "4XX" or "4xx" stands for, 0 for
// any other key.
func Class(key string) int {
	if _, class, err := parseKey(key); err == nil && class != 0 && strings.ContainsAny(key, "xX") {
		return class
	}
	return 0
}
