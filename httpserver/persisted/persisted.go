// Package persisted runs a server in trusted-documents mode: only operations listed in a
// manifest written at build time run. Clients send a document's sha256 hash in the automatic
// persisted query extension ({"persistedQuery": {"version": 1, "sha256Hash": "…"}}), or the
// document's exact text; anything else is refused, so a leaked endpoint runs only what the
// application's own clients ask, whatever limits an attacker could otherwise probe.
package persisted

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"regexp"
	"sort"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"
)

// Error codes of refusals. PERSISTED_QUERY_NOT_FOUND is the code Apollo's and gqlgen's
// automatic persisted queries use, so existing clients understand it.
const (
	CodeNotFound  = "PERSISTED_QUERY_NOT_FOUND"
	CodeForbidden = "FORBIDDEN"
)

// Manifest maps a document's sha256 (lowercase hex, as in automatic persisted queries) to the
// document.
type Manifest map[string]string

var sha256Hex = regexp.MustCompile(`^[0-9a-f]{64}$`)

// Load reads a manifest file: a JSON object of hash → document, checked as Parse does. The error
// names setting.
func Load(path, setting string, schema *ast.Schema) (Manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", setting, err)
	}
	return Parse(b, setting+"="+path, schema)
}

// Parse reads a manifest. Every hash must be the document's, and every document must parse and,
// when schema is not nil, validate against it, so a stale manifest fails at startup rather than
// at a client's first request. Errors name source.
func Parse(b []byte, source string, schema *ast.Schema) (Manifest, error) {
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s is not a JSON object of sha256 hex → GraphQL document: %w", source, err)
	}
	hashes := make([]string, 0, len(m))
	for h := range m {
		hashes = append(hashes, h)
	}
	sort.Strings(hashes)
	for _, h := range hashes {
		doc := m[h]
		if !sha256Hex.MatchString(h) || Hash(doc) != h {
			return nil, fmt.Errorf("%s: key %q is not the sha256 of its document (it is %s)", source, h, Hash(doc))
		}
		parsed, err := parser.ParseQuery(&ast.Source{Input: doc})
		if err != nil {
			return nil, fmt.Errorf("%s: document %s: %v", source, h[:12], err)
		}
		if schema != nil {
			if errs := validator.Validate(schema, parsed); len(errs) > 0 {
				return nil, fmt.Errorf("%s: document %s: %v", source, h[:12], errs[0])
			}
		}
	}
	return m, nil
}

// With is the union of two manifests (a key is its document's hash, so they cannot disagree).
func (m Manifest) With(other Manifest) Manifest {
	out := make(Manifest, len(m)+len(other))
	maps.Copy(out, m)
	maps.Copy(out, other)
	return out
}

// Hash is a document's manifest key.
func Hash(doc string) string {
	s := sha256.Sum256([]byte(doc))
	return hex.EncodeToString(s[:])
}

// Extension is the gqlgen handler extension; use it instead of AutomaticPersistedQuery, which
// would let any client register any document.
type Extension struct{ Manifest Manifest }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = Extension{}

func (Extension) ExtensionName() string { return "TrustedDocuments" }

func (e Extension) Validate(graphql.ExecutableSchema) error {
	if e.Manifest == nil {
		return fmt.Errorf("persisted: nil manifest")
	}
	return nil
}

func (e Extension) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	if pq, _ := p.Extensions["persistedQuery"].(map[string]any); pq != nil {
		h, _ := pq["sha256Hash"].(string)
		doc, ok := e.Manifest[h]
		if !ok {
			return coded(CodeNotFound, "PersistedQueryNotFound: this server runs only the documents in its manifest")
		}
		if p.Query != "" && p.Query != doc {
			return coded(CodeForbidden, "the query is not the document with this sha256Hash")
		}
		p.Query = doc
		return nil
	}
	if _, ok := e.Manifest[Hash(p.Query)]; ok && p.Query != "" {
		return nil
	}
	return coded(CodeForbidden, "this server runs only trusted documents: send the sha256Hash of a document in its manifest (extensions.persistedQuery)")
}

func coded(code, msg string) *gqlerror.Error {
	err := &gqlerror.Error{Message: msg}
	errcode.Set(err, code)
	return err
}
