package obs

import (
	"regexp"
	"sync"
)

// MaxOperationNames bounds the operation label: clients choose operation names, and each new
// label value is a new time series, so after this many distinct names the rest count as
// "other" rather than letting a client grow /metrics without bound.
const MaxOperationNames = 200

var operationName = regexp.MustCompile(`^[_A-Za-z][_0-9A-Za-z]{0,63}$`)

type operationNames struct {
	mu   sync.Mutex
	seen map[string]bool
}

// OperationLabel is the metrics label for a GraphQL operation name: the name itself for the
// first MaxOperationNames well-formed names, "anonymous" for none, else "other".
func (m *Metrics) OperationLabel(name string) string {
	if name == "" {
		return "anonymous"
	}
	if !operationName.MatchString(name) {
		return "other"
	}
	m.ops.mu.Lock()
	defer m.ops.mu.Unlock()
	if m.ops.seen[name] {
		return name
	}
	if len(m.ops.seen) >= MaxOperationNames {
		return "other"
	}
	m.ops.seen[name] = true
	return name
}
