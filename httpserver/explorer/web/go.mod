// This folder holds the explorer's TypeScript sources and node_modules, not Go: this file
// keeps them out of the hkgraph module (go build/vet/test ./...).
module hkgraph-explorer-web
