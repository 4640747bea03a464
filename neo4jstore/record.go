package neo4jstore

import (
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/kg"
)

// Record columns are read through these helpers, never with a bare type assertion: a column
// the statement does not return (renamed in the Cypher, say) or one of another type is an
// error naming the column, where an assertion would hand back a zero value. A null reads as
// the zero value, since optional properties and OPTIONAL MATCH return nulls on purpose.

// value returns column key of rec as a T.
func value[T neo4j.RecordValue](rec *neo4j.Record, key string) (T, error) {
	v, _, err := neo4j.GetRecordValue[T](rec, key)
	if err != nil {
		return v, fmt.Errorf("neo4jstore: column %q: %w", key, err)
	}
	return v, nil
}

// cols reads the columns of one record and keeps the first error, so a decoder reads them all
// and checks once.
type cols struct {
	rec *neo4j.Record
	err error
}

func (r *cols) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// col is column key of r as a T.
func col[T neo4j.RecordValue](r *cols, key string) T {
	v, err := value[T](r.rec, key)
	r.fail(err)
	return v
}

// list is column key of r, a list whose elements are all Ts (nulls are skipped).
func list[T any](r *cols, key string) []T {
	items := col[[]any](r, key)
	out := make([]T, 0, len(items))
	for i, item := range items {
		if item == nil {
			continue
		}
		v, ok := item.(T)
		if !ok {
			r.fail(fmt.Errorf("neo4jstore: column %q: element %d is %T, not %T", key, i, item, v))
			continue
		}
		out = append(out, v)
	}
	return out
}

// count is an integer column as an int.
func count(r *cols, key string) int { return int(col[int64](r, key)) }

// decodeAll decodes each record with decode; the first column error fails them all.
func decodeAll[T any](recs []*neo4j.Record, decode func(*cols) T) ([]T, error) {
	out := make([]T, len(recs))
	for i, rec := range recs {
		r := cols{rec: rec}
		out[i] = decode(&r)
		if r.err != nil {
			return nil, r.err
		}
	}
	return out, nil
}

// decodeOne decodes one record with decode.
func decodeOne[T any](rec *neo4j.Record, decode func(*cols) T) (T, error) {
	r := cols{rec: rec}
	v := decode(&r)
	return v, r.err
}

// Decoders of the columns most statements return.

func entityCol(r *cols, key string) *kg.Entity { return decodeEntity(col[map[string]any](r, key)) }

func relationshipCol(r *cols, key string) *kg.Relationship {
	return decodeRelationship(col[map[string]any](r, key))
}

func documentCol(r *cols, key string) *kg.Document {
	return decodeDocument(col[map[string]any](r, key))
}

func entityE(r *cols) *kg.Entity     { return entityCol(r, "e") }
func documentD(r *cols) *kg.Document { return documentCol(r, "d") }
