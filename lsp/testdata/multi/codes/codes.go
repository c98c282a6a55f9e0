// Package codes names the statuses of the api; it imports no HTTP
// package.
package codes

// Missing is the status of an item that is not there.
const Missing = 404
