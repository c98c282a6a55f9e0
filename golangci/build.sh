#!/bin/sh
# Builds golangci-lint with the httpstatus module plugin from the Go module
# proxy alone: what `golangci-lint custom` does with .custom-gcl.yml, without
# its git clone.
#
#   golangci/build.sh VERSION BINDIR
#
# The golangci-lint source of VERSION is copied to BINDIR/golangci-src once
# (again only when VERSION, the path of this checkout or the plugin's import
# path changes), with a file that imports the plugin package (golangci/) and
# a replace of our module by this checkout; then
# `go build` writes BINDIR/golangci-lint. Later builds are a cache hit or a
# relink, and pick up any change to the analyzer; with no change to its
# sources (nor to Go), the binary is left as it is.
set -eu

version=${1:?usage: $0 VERSION BINDIR}
bin=${2:?usage: $0 VERSION BINDIR}
module=github.com/httpstatuslint/httpstatus
plugin=$module/golangci
golangci=github.com/golangci/golangci-lint/v2
go=${GO:-go}

root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$bin"
bin=$(cd "$bin" && pwd)
src=$bin/golangci-src
stamp=$src/.httpstatus-build
want="$version $root $plugin"

if [ ! -f "$stamp" ] || [ "$(sed -n 1p "$stamp")" != "$want" ]; then
	echo "golangci: preparing golangci-lint $version in $src"
	# Run outside our module, so that nothing touches our go.mod.
	dir=$(cd / && GOWORK=off GOFLAGS= "$go" mod download -json "$golangci@$version" |
		sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	if [ -z "$dir" ] || [ ! -d "$dir/cmd/golangci-lint" ]; then
		echo "golangci: go mod download $golangci@$version gave no source directory" >&2
		exit 1
	fi
	rm -rf "$src" "$src.tmp"
	cp -R "$dir" "$src.tmp"
	chmod -R u+w "$src.tmp"
	cat >"$src.tmp/cmd/golangci-lint/plugin_httpstatus.go" <<GO
package main

// Added by golangci/build.sh of $module: the httpstatus module plugin.
import _ "$plugin"
GO
	(
		cd "$src.tmp"
		export GOWORK=off GOFLAGS=-mod=mod
		"$go" mod edit -require="$module@v0.0.0" -replace="$module=$root"
		"$go" mod tidy
	)
	printf '%s\n%s\n' "$want" "$(date -u '+%Y-%m-%dT%H:%M:%SZ')" >"$src.tmp/.httpstatus-build"
	mv "$src.tmp" "$src"
fi

# golangci-lint keys its cache of findings by its version string: a hash of
# the plugin's sources in the version makes a changed analyzer invalidate
# findings cached by the previous build. main.date must be set for
# main.version to be used; it stays fixed so that an unchanged build is a
# cache hit.
files=$(cd "$root" && GOWORK=off GOFLAGS= "$go" list -deps -f \
	'{{if .Module}}{{if .Module.Main}}{{range .GoFiles}}{{$.Dir}}/{{.}}{{"\n"}}{{end}}{{range .EmbedFiles}}{{$.Dir}}/{{.}}{{"\n"}}{{end}}{{end}}{{end}}' \
	./golangci)
if command -v sha256sum >/dev/null 2>&1; then
	sha() { sha256sum; }
else
	sha() { shasum -a 256; }
fi
# shellcheck disable=SC2086 # one path a line, no spaces in our file names
sum=$({ "$go" env GOVERSION; echo "$files"; cat $files "$root/go.sum"; } | sha | cut -c1-12)
full="${version#v}-custom-httpstatus.$sum"
built=$bin/.golangci-lint-version
if [ -x "$bin/golangci-lint" ] && [ "$(cat "$built" 2>/dev/null)" = "$full" ]; then
	echo "golangci: $bin/golangci-lint is up to date ($full)"
	exit 0
fi
date=$(sed -n 2p "$stamp")
echo "golangci: building $bin/golangci-lint ($full)"
cd "$src"
rm -f "$built"
GOWORK=off GOFLAGS=-mod=mod "$go" build -trimpath \
	-ldflags "-X main.version=$full -X main.date=$date" \
	-o "$bin/golangci-lint" ./cmd/golangci-lint
echo "$full" >"$built"
