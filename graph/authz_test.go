package graph_test

import (
	"encoding/json"
	"sort"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/hkgraph/hkgraph/internal/apitest"
	"github.com/hkgraph/hkgraph/kg"
)

// post sends query through gqlgen's client to the real handler, with token when it is not
// empty, and returns the response's errors.
func post(t *testing.T, e *apitest.Env, query, token string) (json.RawMessage, []apitest.Error) {
	t.Helper()
	var opts []client.Option
	if token != "" {
		opts = append(opts, client.AddHeader("Authorization", "Bearer "+token))
	}
	r, err := e.Client.RawPost(query, opts...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	var errs []apitest.Error
	if len(r.Errors) > 0 {
		if err := json.Unmarshal(r.Errors, &errs); err != nil {
			t.Fatalf("errors %s: %v", r.Errors, err)
		}
	}
	data, _ := json.Marshal(r.Data)
	return data, errs
}

// Every guarded field refuses a caller without credentials with UNAUTHENTICATED and an
// identity without the role with FORBIDDEN, and every mutation is guarded: a mutation added
// to the schema without an entry here fails the test.
func TestGuardedFieldsRefuseWithCodes(t *testing.T) {
	e := apitest.New(t)
	const prop, rel = `"prop:0000000000000000"`, `"rel:invested_in:0000000000000000"`
	src := `source: {url: "https://example.org"}`
	type guard struct {
		query string
		role  string // the role the field needs
	}
	mutations := map[string]guard{
		"upsertEntity":       {`mutation { upsertEntity(input: {id: "x-co", kind: ORGANIZATION, name: "X", ` + src + `}) { id } }`, kg.RoleEditor},
		"addRelationship":    {`mutation { addRelationship(input: {type: INVESTED_IN, from: "hkic", to: "gogox", ` + src + `}) { id } }`, kg.RoleEditor},
		"deleteEntity":       {`mutation { deleteEntity(id: "gogox") }`, kg.RoleEditor},
		"removeRelationship": {`mutation { removeRelationship(id: ` + rel + `) }`, kg.RoleEditor},
		"updateRelationship": {`mutation { updateRelationship(id: ` + rel + `, input: {note: "n", ` + src + `}) { id } }`, kg.RoleEditor},
		"addFigure":          {`mutation { addFigure(entityId: "cyberport", input: {key: "k", value: 1, ` + src + `}) { id } }`, kg.RoleEditor},
		"removeFigure":       {`mutation { removeFigure(entityId: "cyberport", key: "k") { id } }`, kg.RoleEditor},
		"mergeEntities":      {`mutation { mergeEntities(keep: "hkic", remove: "gogox") { id } }`, kg.RoleEditor},
		"createDocument":     {`mutation { createDocument(input: {title: "t", language: "en", text: "x"}) { id } }`, kg.RoleEditor},
		"deleteDocument":     {`mutation { deleteDocument(id: "doc:x") }`, kg.RoleAdmin},
		"ingestDocument":     {`mutation { ingestDocument(input: {title: "t", language: "en", text: "Acme invested in Foo."}) { proposals } }`, kg.RoleEditor},
		"acceptProposal":     {`mutation { acceptProposal(id: ` + prop + `) { status } }`, kg.RoleEditor},
		"rejectProposal":     {`mutation { rejectProposal(id: ` + prop + `) { status } }`, kg.RoleEditor},
	}
	reads := map[string]guard{
		"Query.auditLog":     {`{ auditLog { edges { node { id } } } }`, kg.RoleEditor},
		"Query.proposals":    {`{ proposals { totalCount } }`, kg.RoleEditor},
		"node(prop:…)":       {`{ node(id: ` + prop + `) { id } }`, kg.RoleEditor},
		"node(audit:…)":      {`{ node(id: "audit:1") { id } }`, kg.RoleEditor},
		"Entity.history":     {`{ entity(id: "cyberport") { history { edges { node { id } } } } }`, kg.RoleEditor},
		"Entity.history (2)": {`{ entities(first: 1) { edges { node { history(first: 1) { edges { node { id } } } } } } }`, kg.RoleEditor},
	}

	var schema struct {
		Type struct{ Fields []struct{ Name string } } `json:"__type"`
	}
	data, errs := post(t, e, `{ __type(name: "Mutation") { fields { name } } }`, "")
	if len(errs) > 0 || json.Unmarshal(data, &schema) != nil || len(schema.Type.Fields) == 0 {
		t.Fatalf("introspecting Mutation: %s %+v", data, errs)
	}
	var unlisted []string
	for _, f := range schema.Type.Fields {
		if _, ok := mutations[f.Name]; !ok {
			unlisted = append(unlisted, f.Name)
		}
	}
	if sort.Strings(unlisted); len(unlisted) > 0 {
		t.Errorf("mutations without an authorization case: %v", unlisted)
	}

	before := counts(t, e)
	for _, set := range []map[string]guard{mutations, reads} {
		for name, g := range set {
			t.Run(name, func(t *testing.T) {
				callers := []struct{ token, want string }{{"", kg.CodeUnauthenticated}, {apitest.ReaderToken, kg.CodeForbidden}}
				if g.role == kg.RoleAdmin {
					callers = append(callers, struct{ token, want string }{apitest.EditorToken, kg.CodeForbidden})
				}
				for _, c := range callers {
					data, errs := post(t, e, g.query, c.token)
					if len(errs) == 0 || errs[0].Code() != c.want {
						t.Errorf("caller %q: %+v (data %s), want %s", c.token, errs, data, c.want)
					}
				}
			})
		}
	}
	if after := counts(t, e); after != before {
		t.Errorf("refused calls changed the graph: %s → %s", before, after)
	}
}

// A document's whole text is the guarded field that does not refuse: a caller who may not
// read it gets null, as the schema says, and editors and admins get the text.
func TestDocumentTextNeedsTheEditorRole(t *testing.T) {
	e := apitest.New(t)
	const q = `{ documents { id textPublic text } }`
	type doc struct {
		ID         string
		TextPublic bool
		Text       *string
	}
	read := func(token string) map[string]doc {
		t.Helper()
		data, errs := post(t, e, q, token)
		var out struct{ Documents []doc }
		if len(errs) > 0 || json.Unmarshal(data, &out) != nil {
			t.Fatalf("caller %q: %s %+v", token, data, errs)
		}
		m := map[string]doc{}
		for _, d := range out.Documents {
			m[d.ID] = d
		}
		return m
	}
	anon, reader, editor, admin := read(""), read(apitest.ReaderToken), read(apitest.EditorToken), read(apitest.AdminToken)
	private := 0
	for id, d := range anon {
		if d.TextPublic {
			if d.Text == nil {
				t.Errorf("%s is public, but anonymous callers get no text", id)
			}
			continue
		}
		private++
		if d.Text != nil || reader[id].Text != nil {
			t.Errorf("%s is not public, but anonymous callers or readers get its text", id)
		}
		if editor[id].Text == nil || admin[id].Text == nil {
			t.Errorf("%s: editors and admins must get the text", id)
		}
	}
	if private == 0 {
		t.Fatal("the seed has no document that is not public: the test proves nothing")
	}
}
