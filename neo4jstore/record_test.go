package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/kg"
)

func record(kv ...any) *neo4j.Record {
	r := &neo4j.Record{}
	for i := 0; i < len(kv); i += 2 {
		r.Keys, r.Values = append(r.Keys, kv[i].(string)), append(r.Values, kv[i+1])
	}
	return r
}

// A renamed or retyped column is an error naming it, never a silent zero value; a null is the
// zero value.
func TestRecordColumns(t *testing.T) {
	entity := map[string]any{"id": "e1", "kind": "PERSON", "name": "P"}
	for _, tc := range []struct {
		name    string
		rec     *neo4j.Record
		decode  func(*cols) any
		want    any
		wantErr string // a substring of the error; "" = none
	}{
		{"present", record("e", entity), func(r *cols) any { return entityE(r).Name }, "P", ""},
		{"missing column", record("n", entity), func(r *cols) any { return entityE(r) }, nil, `column "e"`},
		{"wrong type", record("total", "12"), func(r *cols) any { return count(r, "total") }, nil, `column "total"`},
		{"null is zero", record("key", nil), func(r *cols) any { return col[string](r, "key") }, "", ""},
		{"list", record("ids", []any{"a", nil, "b"}), func(r *cols) any { return fmt.Sprint(list[string](r, "ids")) }, "[a b]", ""},
		{"list element of another type", record("ids", []any{"a", int64(2)}), func(r *cols) any { return list[string](r, "ids") }, nil, `column "ids": element 1`},
		{"first error kept", record("a", int64(1)), func(r *cols) any { col[string](r, "a"); col[string](r, "b"); return nil }, nil, `column "a"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeOne(tc.rec, tc.decode)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err %v, want one naming %s", err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("got %v, %v; want %v", got, err, tc.want)
			}
		})
	}
	if _, err := decodeAll([]*neo4j.Record{record("e", entity), record("x", 1)}, entityE); err == nil {
		t.Error("decodeAll hid the second record's missing column")
	}
}

// mapError classifies by the driver's error types and Neo4j's codes: what the message says
// does not matter.
func TestMapError(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connect: connection refused")}
	expired, cancelled := context.WithTimeout(context.Background(), 0)
	defer cancelled()
	for _, tc := range []struct {
		name string
		ctx  context.Context
		err  error
		want string
	}{
		{"domain error passes", context.Background(), kg.BadInput("x", "bad"), kg.CodeBadUserInput},
		{"connectivity", context.Background(), &neo4j.ConnectivityError{Inner: refused}, kg.CodeDatabaseUnavailable},
		{"wrapped connectivity", context.Background(), fmt.Errorf("run: %w", &neo4j.ConnectivityError{Inner: io.EOF}), kg.CodeDatabaseUnavailable},
		{"retries gave up on a dead server", context.Background(),
			&neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{refused, &neo4j.ConnectivityError{Inner: io.EOF}}}, kg.CodeDatabaseUnavailable},
		{"retries gave up on a raw network error", context.Background(), &neo4j.TransactionExecutionLimit{Errors: []error{refused}}, kg.CodeDatabaseUnavailable},
		{"database unavailable", context.Background(), &neo4j.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable"}, kg.CodeDatabaseUnavailable},
		{"no leader", context.Background(), &neo4j.Neo4jError{Code: "Neo.ClientError.Cluster.NotALeader"}, kg.CodeDatabaseUnavailable},
		{"transaction timeout", context.Background(), &neo4j.Neo4jError{Code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"}, kg.CodeTimeout},
		{"terminated", context.Background(), &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.Terminated"}, kg.CodeTimeout},
		{"request deadline", expired, errors.New("anything"), kg.CodeTimeout},
		{"cancelled", context.Background(), fmt.Errorf("x: %w", context.Canceled), kg.CodeTimeout},
		{"syntax error", context.Background(), &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "connection refused"}, kg.CodeInternal},
		{"message text alone", context.Background(), errors.New("ConnectivityError: connection refused, pool timeout"), kg.CodeInternal},
		{"usage error", context.Background(), &neo4j.UsageError{Message: "Operation attempted on a closed session"}, kg.CodeInternal},
		{"retries gave up on a constraint", context.Background(),
			&neo4j.TransactionExecutionLimit{Errors: []error{&neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed"}}}, kg.CodeInternal},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := kg.ErrorCode(mapError(tc.ctx, tc.err)); got != tc.want {
				t.Errorf("mapError(%v) is %s, want %s", tc.err, got, tc.want)
			}
		})
	}
}
