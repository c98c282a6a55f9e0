// Package diff writes the difference between two texts as a unified
// diff, the form patch reads and code review shows: a header naming the
// two sides, then hunks of changed lines with three lines of context.
//
// It is what httpstatus routes -fix -diff prints in place of editing an
// OpenAPI document. The lines are compared with Myers' algorithm, which
// finds a shortest edit script; for the insertions -fix makes, that is
// the inserted lines and nothing else.
package diff
