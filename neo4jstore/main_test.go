package neo4jstore

import (
	"testing"

	"github.com/hkgraph/hkgraph/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }
