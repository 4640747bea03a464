// Package limits holds the GraphQL query limits and the cost model, GraphQL rules that the
// HTTP layer (httpserver) applies and the configuration (config) and schema (graph) describe;
// it sits beside graph and imports nothing above it. It bounds what one GraphQL operation may
// ask of the server, as a gqlgen handler extension: nesting depth, aliases, directives and parser tokens before validation, then the
// operation's cost (the nodes it can return, counted as GitHub does) against a per-query limit
// and the caller's rate-limit budget. Every response says what it cost in extensions.cost.
//
// The shape checks run on the raw document before gqlgen validates it, so an overloaded
// document (a hundred unknown directives, say) is refused with one error rather than one
// validation error per offence.
package limits

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/hkgraph/hkgraph/kg"
)

// Limits bound one operation. A zero field takes its default.
type Limits struct {
	MaxDepth      int // field nesting; introspection is bounded separately
	MaxAliases    int // per operation, fragments expanded
	MaxDirectives int // per operation, fragments expanded
	MaxTokens     int // parser tokens per document
	MaxCost       int // nodes per operation
	// MaxDuplicateFields is how often one response key may be selected in one selection set
	// (fragments flattened); more is graphql-cop's field duplication, refused before validation.
	MaxDuplicateFields int
}

// WithDefaults fills zero fields with the defaults.
func (l Limits) WithDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.MaxDepth, DefaultMaxDepth)
	def(&l.MaxAliases, DefaultMaxAliases)
	def(&l.MaxDirectives, DefaultMaxDirectives)
	def(&l.MaxTokens, DefaultMaxTokens)
	def(&l.MaxCost, DefaultMaxCost)
	def(&l.MaxDuplicateFields, DefaultMaxDuplicateFields)
	return l
}

// Budget is a caller's rate-limit budget in cost points.
type Budget interface {
	// Spend takes cost points from the caller in ctx. When the budget cannot cover them it
	// takes nothing and says how long until it can (0 if it never can: cost exceeds the
	// budget's capacity).
	Spend(ctx context.Context, cost int) (remaining int, retryAfter time.Duration, ok bool)
	// Remaining is what the caller in ctx has left; ok is false when callers are not limited.
	Remaining(ctx context.Context) (remaining int, ok bool)
}

// Extension is the gqlgen handler extension. Use it after the persisted-query extension (which
// fills in the query) and before anything that should see only admitted operations.
type Extension struct {
	Limits Limits
	// Sizes gives the size of list and connection fields by "Type.field" (or
	// "Interface.field"); an object list not listed counts DefaultListSize.
	Sizes map[string]SizeFunc
	// Work gives the points a field spends beyond the nodes it returns, by "Type.field": CPU
	// the server burns for it (reading an article's proposals), charged like nodes.
	Work            map[string]SizeFunc
	DefaultListSize int
	Budget          Budget // nil: no rate limit
	// NoIntrospection refuses __schema and __type (production) with INTROSPECTION_DISABLED
	// rather than letting them fail during execution as an internal error.
	NoIntrospection bool
	// OnRateLimited is told of each refusal, for the HTTP status (429, Retry-After) and metrics.
	OnRateLimited func(ctx context.Context, retryAfter time.Duration)
	// OnCost is told the cost of each admitted operation (for metrics).
	OnCost func(ctx context.Context, op *ast.OperationDefinition, cost int)
	// Documents is the parsed-document cache gqlgen uses (SetQueryCache). A document not in it
	// will be parsed and validated: that work is charged to the caller's budget, one point per
	// parser token, before it is done. Nil: every document is charged.
	Documents graphql.Cache[*ast.QueryDocument]

	shapes graphql.Cache[shape]
	schema *ast.Schema
}

// New returns the extension with limits defaulted.
func New(e Extension) *Extension {
	e.Limits = e.Limits.WithDefaults()
	if e.DefaultListSize <= 0 {
		e.DefaultListSize = 100
	}
	e.shapes = lru.New[shape](1000) // keyed by a hash: a key holds 32 bytes, not the document
	return &e
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = (*Extension)(nil)

func (*Extension) ExtensionName() string { return "Armor" }

func (e *Extension) Validate(es graphql.ExecutableSchema) error {
	if e.shapes == nil {
		return errors.New("limits: build the extension with limits.New")
	}
	e.schema = es.Schema()
	return nil
}

// Cost is what an operation was charged, shown in extensions.cost.
type Cost struct {
	Requested int  `json:"requested"`
	Parse     int  `json:"parse,omitempty"` // points charged for parsing a document not cached
	Limit     int  `json:"limit"`
	Remaining *int `json:"remaining"` // null when callers are not rate-limited
}

const statsKey = "armor"

type opState struct {
	requested int
	parse     int // points charged for parsing and validating the document
	remaining *int
}

func state(ctx context.Context) *opState {
	if !graphql.HasOperationContext(ctx) {
		return nil
	}
	s, _ := graphql.GetOperationContext(ctx).Stats.GetExtension(statsKey).(*opState)
	return s
}

// MutateOperationParameters checks the document's size and shape before gqlgen parses and
// validates it, and charges that work to the caller when the document is not cached.
func (e *Extension) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	st := &opState{}
	graphql.GetOperationContext(ctx).Stats.SetExtension(statsKey, st)
	if p.Query == "" {
		return nil
	}
	var doc *ast.QueryDocument
	if e.Documents != nil {
		doc, _ = e.Documents.Get(ctx, p.Query)
	}
	if doc == nil {
		tokens, over := countTokens(p.Query, e.Limits.MaxTokens)
		if over {
			return Errorf(CodeQueryTooLarge, map[string]any{"limit": e.Limits.MaxTokens},
				"the document has more than %d tokens; split it or send a persisted query", e.Limits.MaxTokens)
		}
		if err := e.spend(ctx, st, tokens, "parsing and validating this new document"); err != nil {
			return err
		}
		st.parse = tokens
	}
	sum := sha256.Sum256([]byte(p.OperationName + "\x00" + p.Query))
	key := string(sum[:])
	s, ok := e.shapes.Get(ctx, key)
	if !ok {
		if doc == nil {
			var err error
			if doc, err = parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, e.Limits.MaxTokens); err != nil {
				return nil // gqlgen reports the syntax error
			}
		}
		s = measure(doc, p.OperationName)
		e.shapes.Add(ctx, key, s)
	}
	return e.refuseShape(s)
}

// refuseShape returns the refusal for a shape over a limit, or nil.
func (e *Extension) refuseShape(s shape) *gqlerror.Error {
	l := e.Limits
	switch {
	case e.NoIntrospection && s.introDepth > 0:
		return Errorf(CodeIntrospectionDisabled, nil, "introspection is disabled on this server")
	case s.duplicates > l.MaxDuplicateFields:
		return Errorf(CodeTooManyDuplicateFields, map[string]any{"field": s.duplicated, "count": s.duplicates, "limit": l.MaxDuplicateFields},
			"%q is selected %d times in one selection set; at most %d are allowed", s.duplicated, s.duplicates, l.MaxDuplicateFields)
	case s.repeated != "":
		return Errorf(CodeTooManyDirectives, map[string]any{"directive": s.repeated},
			"@%s is repeated at one location; each directive may appear once there", s.repeated)
	case s.directives > l.MaxDirectives:
		return Errorf(CodeTooManyDirectives, map[string]any{"directives": s.directives, "limit": l.MaxDirectives},
			"the operation uses %d directives; at most %d are allowed", s.directives, l.MaxDirectives)
	case s.aliases > l.MaxAliases:
		return Errorf(CodeTooManyAliases, map[string]any{"aliases": s.aliases, "limit": l.MaxAliases},
			"the operation uses %d aliases; at most %d are allowed (page with first/after instead)", s.aliases, l.MaxAliases)
	case s.introLists > maxIntroLists || s.introOfType > maxIntroOfType || s.introDepth > maxIntroDepth:
		return Errorf(CodeQueryTooDeep, map[string]any{"depth": s.introDepth, "limit": maxIntroDepth},
			"introspection may nest no deeper than GraphiQL's own introspection query: %d levels, %d ofType, and one of fields/inputFields/interfaces/possibleTypes/enumValues on a path",
			maxIntroDepth, maxIntroOfType)
	case s.depth > l.MaxDepth:
		return Errorf(CodeQueryTooDeep, map[string]any{"depth": s.depth, "limit": l.MaxDepth},
			"the operation nests %d levels deep; at most %d are allowed", s.depth, l.MaxDepth)
	}
	return nil
}

// countTokens counts the parser tokens of query (comments excluded, as the parser counts
// them), stopping past limit. A lexing error stops the count: the parser reports it.
func countTokens(query string, limit int) (n int, over bool) {
	lx := lexer.New(&ast.Source{Input: query})
	for {
		tok, err := lx.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			return n, false
		}
		if tok.Kind == lexer.Comment {
			continue
		}
		if n++; n > limit {
			return n, true
		}
	}
}

// spend takes points from the caller's budget, or returns RATE_LIMITED (telling OnRateLimited)
// when the budget cannot cover them; what names the work in the message.
func (e *Extension) spend(ctx context.Context, st *opState, points int, what string) *gqlerror.Error {
	if e.Budget == nil {
		return nil
	}
	remaining, retry, ok := e.Budget.Spend(ctx, points)
	if !ok {
		if e.OnRateLimited != nil {
			e.OnRateLimited(ctx, retry)
		}
		if retry == 0 {
			return Errorf(CodeRateLimited, map[string]any{"cost": points},
				"%s costs %d points, more than your whole budget; ask for less", what, points)
		}
		secs := int((retry + time.Second - 1) / time.Second)
		return Errorf(CodeRateLimited, map[string]any{"retryAfter": secs, "cost": points, "remaining": remaining},
			"rate limit: %s costs %d points and %d remain; retry in %d s", what, points, remaining, secs)
	}
	if remaining >= 0 {
		st.remaining = &remaining
	}
	return nil
}

// MutateOperationContext computes the validated operation's cost, refuses it over the limit
// and charges the caller's budget.
func (e *Extension) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	st := state(ctx)
	if st == nil {
		st = &opState{}
		oc.Stats.SetExtension(statsKey, st)
	}
	c := &costOf{schema: e.schema, sizes: e.Sizes, work: e.Work, defaultList: e.DefaultListSize, vars: oc.Variables, memo: map[string]int{}}
	cost, err := c.set(oc.Operation.SelectionSet)
	if err != nil {
		return fromError(err)
	}
	cost = max(cost, 1) // every operation costs at least one point, as on GitHub
	st.requested = cost
	if cost > e.Limits.MaxCost {
		return Errorf(CodeQueryTooComplex, map[string]any{"cost": cost, "limit": e.Limits.MaxCost},
			"the operation can return up to %d nodes; at most %d are allowed (ask for smaller first/last/limit, or fewer nested connections)",
			cost, e.Limits.MaxCost)
	}
	if err := e.spend(ctx, st, cost, "the operation"); err != nil {
		return err
	}
	if e.OnCost != nil {
		e.OnCost(ctx, oc.Operation, cost)
	}
	return nil
}

// InterceptResponse adds extensions.cost to every response, refused ones included.
func (e *Extension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	c := Cost{Limit: e.Limits.MaxCost}
	if st := state(ctx); st != nil {
		c.Requested, c.Parse, c.Remaining = st.requested, st.parse, st.remaining
	}
	if c.Remaining == nil && e.Budget != nil {
		if r, ok := e.Budget.Remaining(ctx); ok {
			c.Remaining = &r
		}
	}
	if resp.Extensions == nil {
		resp.Extensions = map[string]any{}
	}
	resp.Extensions["cost"] = c
	return resp
}

// fromError turns a size function's error into a GraphQL error; *kg.Error keeps its code.
func fromError(err error) *gqlerror.Error {
	var ke *kg.Error
	if errors.As(err, &ke) {
		ext := map[string]any{}
		for k, v := range ke.Extensions {
			ext[k] = v
		}
		return Errorf(ke.Code, ext, "%s", ke.Message)
	}
	return Errorf(kg.CodeBadUserInput, nil, "%s", err.Error())
}

// Errorf returns a GraphQL error with extensions.code and the given extensions.
func Errorf(code string, ext map[string]any, format string, args ...any) *gqlerror.Error {
	if ext == nil {
		ext = map[string]any{}
	}
	ext["code"] = code
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: ext}
}
