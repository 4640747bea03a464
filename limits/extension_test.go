package limits

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"

	"github.com/hkgraph/hkgraph/kg"
)

const testSchema = `
type Query { items(first: Int): ItemConnection! item(id: ID!): Item  tags: [Tag!]! }
type ItemConnection { edges: [ItemEdge!]! totalCount: Int! }
type ItemEdge { node: Item! }
type Item { id: ID! name: String! children(first: Int = 5): ItemConnection! tags: [Tag!]! labels: [String!]! }
type Tag { name: String! }
`

func shapeOf(t *testing.T, q string) shape {
	t.Helper()
	doc, err := parser.ParseQuery(&ast.Source{Input: q})
	if err != nil {
		t.Fatal(err)
	}
	return measure(doc, "")
}

func TestShape(t *testing.T) {
	tests := []struct {
		name  string
		query string
		want  shape
	}{
		{"flat", `{ a b c }`, shape{depth: 1}},
		{"nested", `{ a { b { c } } }`, shape{depth: 3}},
		{"aliases count", `{ x: a y: a a }`, shape{depth: 1, aliases: 2}},
		{"alias equal to name is none", `{ a: a }`, shape{depth: 1}},
		{"directives count", `query Q @d { a @skip(if: true) @d ... on Q @d { b } ...F @d } fragment F on Q @d { c @d }`,
			shape{depth: 1, directives: 7}},
		{"fragments expand", `{ a { ...F ...F } } fragment F on T { x: b { c } }`, shape{depth: 3, aliases: 2, duplicated: "x", duplicates: 2}},
		{"cycle is cut", `{ ...F } fragment F on Q { a ...F }`, shape{depth: 1, duplicated: "a", duplicates: 2}}, // validation refuses the cycle
		{"introspection exempt", `{ __schema { types { fields { type { ofType { name } } } } } }`,
			shape{depth: 1, introDepth: 6, introLists: 1, introOfType: 1}},
		{"circular introspection", `{ __schema { types { fields { type { fields { type { name } } } } } } }`,
			shape{depth: 1, introDepth: 7, introLists: 2}},
		{"duplicates through fragments", `{ a ... on Q { a b } ...F c { a a } } fragment F on Q { a ...G } fragment G on Q { a }`,
			shape{depth: 2, duplicated: "a", duplicates: 4}},
		{"an alias is its own key", `{ a x: a }`, shape{depth: 1, aliases: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shapeOf(t, tt.query); got != tt.want {
				t.Errorf("shape = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// GraphiQL's own introspection query is what introspection is bounded by: it must pass, and it
// must pass the default depth limit although it nests 15 levels.
func TestGraphiQLIntrospectionPasses(t *testing.T) {
	b, err := os.ReadFile("testdata/graphiql-introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	s := shapeOf(t, string(b))
	if s.introDepth != maxIntroDepth || s.introLists != maxIntroLists || s.introOfType != maxIntroOfType {
		t.Errorf("GraphiQL's query measures %+v; the bounds are %d/%d/%d", s, maxIntroDepth, maxIntroLists, maxIntroOfType)
	}
	e := New(Extension{})
	if err := e.MutateOperationParameters(opCtx(), &graphql.RawParams{Query: string(b)}); err != nil {
		t.Errorf("GraphiQL's introspection query refused: %v", err)
	}
}

func opCtx() context.Context {
	return graphql.WithOperationContext(context.Background(), &graphql.OperationContext{})
}

// A document whose fragments double at each level describes 2^40 fields; measuring it must be
// quick and saturate rather than overflow.
func TestExponentialFragments(t *testing.T) {
	var b strings.Builder
	b.WriteString("{ ...F0 }\n")
	for i := range 40 {
		b.WriteString("fragment F" + strconv.Itoa(i) + " on Q { a: x ...F" + strconv.Itoa(i+1) + " b: x ...F" + strconv.Itoa(i+1) + " }\n")
	}
	b.WriteString("fragment F40 on Q { x }\n")
	start := time.Now()
	s := shapeOf(t, b.String())
	if time.Since(start) > time.Second || s.aliases < DefaultMaxAliases {
		t.Errorf("took %v, aliases %d", time.Since(start), s.aliases)
	}
}

func TestParameterChecks(t *testing.T) {
	e := New(Extension{})
	tests := []struct {
		name, query, code string
	}{
		{"deep", "{" + strings.Repeat(" a {", 10) + " b" + strings.Repeat(" }", 10) + " }", CodeQueryTooDeep},
		{"depth 10 passes", "{" + strings.Repeat(" a {", 9) + " b" + strings.Repeat(" }", 9) + " }", ""},
		{"aliases", "{" + numbered(" x%d: a", 16) + " }", CodeTooManyAliases},
		{"15 aliases pass", "{" + numbered(" x%d: a", 15) + " }", ""},
		{"directives", "{" + numbered(" ... @aa { t%d: __typename }", 21) + " }", CodeTooManyDirectives},
		{"duplicated fields", "{" + strings.Repeat(" ... { __typename }", 11) + " }", CodeTooManyDuplicateFields},
		{"10 duplicates pass", "{" + strings.Repeat(" __typename", 10) + " }", ""},
		{"repeated directive", "{ __typename @aa @aa }", CodeTooManyDirectives},
		{"tokens", "{" + strings.Repeat(" a", 2001) + " }", CodeQueryTooLarge},
		{"circular introspection", `{ __schema { types { fields { type { fields { name } } } } } }`, CodeQueryTooDeep},
		{"ofType chain", "{ __type(name: \"Q\") {" + strings.Repeat(" ofType {", 10) + " name" + strings.Repeat(" }", 10) + " } }", CodeQueryTooDeep},
		{"syntax error left to gqlgen", "{ a ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := e.MutateOperationParameters(opCtx(), &graphql.RawParams{Query: tt.query})
			got := ""
			if err != nil {
				got, _ = err.Extensions["code"].(string)
			}
			if got != tt.code {
				t.Errorf("code %q, want %q (%v)", got, tt.code, err)
			}
		})
	}
}

func sizes() map[string]SizeFunc {
	first := func(def int) SizeFunc {
		return func(args map[string]any) (int, error) {
			n, ok, err := Int(args, "first")
			if err != nil || !ok {
				return def, err
			}
			if n < 1 || n > 100 {
				return 0, kg.BadInput("first", "must be between 1 and 100, got %d", n)
			}
			return n, nil
		}
	}
	zero := func(map[string]any) (int, error) { return 0, nil }
	return map[string]SizeFunc{
		"Query.items": first(20), "Item.children": first(0), "ItemConnection.edges": zero,
	}
}

func costFor(t *testing.T, q string, vars map[string]any) (int, error) {
	t.Helper()
	return costWith(t, q, vars, nil)
}

func costWith(t *testing.T, q string, vars map[string]any, work map[string]SizeFunc) (int, error) {
	t.Helper()
	schema := gqlparser.MustLoadSchema(&ast.Source{Input: testSchema})
	doc, errs := gqlparser.LoadQuery(schema, q)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	op := doc.Operations[0]
	coerced, err := validator.VariableValues(schema, op, vars)
	if err != nil {
		t.Fatal(err)
	}
	c := &costOf{schema: schema, sizes: sizes(), work: work, defaultList: 100, vars: coerced, memo: map[string]int{}}
	return c.set(op.SelectionSet)
}

// Work (CPU a field spends, such as extraction) is added to the field's nodes, once per time
// the field can run: on a root field once, under a list once per node of the list.
func TestCostWork(t *testing.T) {
	work := map[string]SizeFunc{
		"Query.item":    func(args map[string]any) (int, error) { id, _ := args["id"].(string); return len(id), nil },
		"Item.children": func(map[string]any) (int, error) { return 7, nil },
	}
	tests := []struct {
		name  string
		query string
		want  int
	}{
		{"root field: its work alone", `{ item(id: "abcdef") { id name } }`, 6},
		{"work plus the nodes below", `{ item(id: "ab") { children(first: 3) { totalCount } } }`, 2 + 7 + 3},
		{"under a list: once per node", `{ items(first: 3) { edges { node { children(first: 2) { totalCount } } } } }`, 3 * (1 + 7 + 2)},
		{"skipped: no work", `{ item(id: "abc") @skip(if: true) { id } }`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := costWith(t, tt.query, nil, work)
			if err != nil || got != tt.want {
				t.Errorf("cost %d, %v; want %d", got, err, tt.want)
			}
		})
	}
}

func TestCost(t *testing.T) {
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		want  int
	}{
		{"single object is free", `{ item(id: "a") { id name labels } }`, nil, 0},
		{"connection counts first", `{ items(first: 50) { totalCount edges { node { id } } } }`, nil, 50},
		{"default page", `{ items { edges { node { id } } } }`, nil, 20},
		{"nesting multiplies", `{ items(first: 50) { edges { node { children(first: 10) { edges { node { id } } } } } } }`, nil, 550},
		{"schema default argument", `{ items(first: 2) { edges { node { children { totalCount } } } } }`, nil, 12},
		{"variables resolved", `query($n: Int) { items(first: $n) { totalCount } }`, map[string]any{"n": 70}, 70},
		{"unlisted object list counts 100", `{ tags { name } }`, nil, 100},
		{"fragments", `{ items(first: 3) { edges { node { ...C ...C } } } } fragment C on Item { children(first: 4) { totalCount } }`, nil, 3 + 3*8},
		{"skip", `query($s: Boolean!) { items(first: 50) @skip(if: $s) { totalCount } }`, map[string]any{"s": true}, 0},
		{"include false", `{ items(first: 50) @include(if: false) { totalCount } }`, nil, 0},
		{"typename free", `{ __typename }`, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := costFor(t, tt.query, tt.vars)
			if err != nil || got != tt.want {
				t.Errorf("cost %d, %v; want %d", got, err, tt.want)
			}
		})
	}
	_, err := costFor(t, `{ items(first: 1000) { edges { node { children(first: 100) { totalCount } } } } }`, nil)
	if kg.ErrorCode(err) != kg.CodeBadUserInput {
		t.Errorf("out-of-range first: %v, want BAD_USER_INPUT", err)
	}
}

// The parsed-document cache is bounded in bytes, not entries: a thousand documents of 200
// fields (~100 KB each) never hold more than its budget, and one of 1,990 fields (the issue-14
// attack, ~0.9 MB once parsed) is not kept at all.
func TestDocumentCacheBoundedInBytes(t *testing.T) {
	const budget = 4 << 20
	c := NewDocumentCache(budget)
	ctx := context.Background()
	for i := range 1000 {
		q := fmt.Sprintf("# %d\n{ %s}", i, strings.Repeat("a ", 200))
		doc, err := parser.ParseQuery(&ast.Source{Input: q})
		if err != nil {
			t.Fatal(err)
		}
		if DocumentBytes(q, doc) < 200*nodeBytes {
			t.Fatalf("a document of 200 fields weighs %d bytes", DocumentBytes(q, doc))
		}
		c.Add(ctx, q, doc)
	}
	if b := c.Bytes(); b > budget || b < budget/2 {
		t.Errorf("the cache holds %d bytes, want close to and at most its %d budget", b, budget)
	}
	attack := "{ " + strings.Repeat("__typename ", 1990) + "}"
	adoc, _ := parser.ParseQuery(&ast.Source{Input: attack})
	c.Add(ctx, attack, adoc)
	if _, ok := c.Get(ctx, attack); ok {
		t.Errorf("a ~1 MB document was kept in a 4 MiB cache")
	}
	small := "{ stats { entityCount } }"
	doc, _ := parser.ParseQuery(&ast.Source{Input: small})
	c.Add(ctx, small, doc)
	if _, ok := c.Get(ctx, small); !ok {
		t.Errorf("a small document was not kept")
	}
}

// numbered repeats format n times, with the repetition's number in %d.
func numbered(format string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, format, i)
	}
	return b.String()
}
