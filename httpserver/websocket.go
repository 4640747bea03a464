package httpserver

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/limits"
)

// websocketInit takes the caller's identity from the connection_init payload
// ({"Authorization": "Bearer …"}); without one the subscriber is anonymous. Each caller may
// hold MaxConnections connections at once; the connection's count is released when it closes.
func (h *server) websocketInit(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	if a := p.Authorization(); a != "" {
		principal, err := h.authenticate(ctx, a)
		if err != nil {
			return ctx, nil, err
		}
		ctx = kg.WithPrincipal(ctx, principal)
	}
	// The connection was counted against its client address when it opened (guard); from
	// now on it counts against the caller it authenticated as.
	if p, _ := ctx.Value(pendingKey{}).(*pendingSocket); p != nil {
		p.done()
	}
	release, ok := h.sockets.acquire(h.caller(ctx).Key)
	if !ok {
		ctx = transport.WithWebsocketCloseCode(ctx, websocketCloseTooMany)
		ctx = transport.AppendCloseReason(ctx, limits.CodeTooManyConnections)
		return ctx, nil, errors.New(limits.CodeTooManyConnections + ": at most " + itoa(h.MaxConnections) + " subscription connections per caller")
	}
	// The connection's context ends when the connection closes, however it closes; gqlgen
	// closes the connection when the context ends first (on shutdown).
	ctx, cancel := context.WithCancel(ctx)
	context.AfterFunc(ctx, func() { cancel(); release() })
	if h.Done != nil {
		go func() {
			select {
			case <-h.Done:
				cancel()
			case <-ctx.Done():
			}
		}()
	}
	return context.WithValue(ctx, socketKey{}, &socket{}), &p, nil
}

// pendingSocket is a connection's count against its client address from the upgrade until
// connection_init (or the connection's end): a socket that never sends connection_init still
// holds one of the caller's connections.
type pendingSocket struct {
	once    sync.Once
	release func()
}

func (p *pendingSocket) done() { p.once.Do(p.release) }

type pendingKey struct{}

// upgrade counts a WebSocket upgrade against the client's connections before it is accepted,
// and refuses it with HTTP 429 when the caller already holds MaxConnections.
func (h *server) upgrade(w http.ResponseWriter, r *http.Request, next http.Handler) {
	ctx := r.Context()
	release, ok := h.sockets.acquire(h.caller(ctx).Key)
	if !ok {
		h.writeError(ctx, w, http.StatusTooManyRequests, limits.CodeTooManyConnections,
			"at most %d subscription connections per caller", h.MaxConnections)
		return
	}
	p := &pendingSocket{release: release}
	defer p.done()
	next.ServeHTTP(w, r.WithContext(context.WithValue(ctx, pendingKey{}, p)))
}

// operationIDs gives every operation on a WebSocket its own request id (an HTTP request has
// one already): logs, errors and extensions.requestId then tell two subscriptions of one
// connection apart.
type operationIDs struct{}

const operationIDKey = "requestId"

func (operationIDs) ExtensionName() string                   { return "OperationIDs" }
func (operationIDs) Validate(graphql.ExecutableSchema) error { return nil }

func (operationIDs) MutateOperationParameters(ctx context.Context, _ *graphql.RawParams) *gqlerror.Error {
	if ctx.Value(socketKey{}) != nil {
		graphql.GetOperationContext(ctx).Stats.SetExtension(operationIDKey, newRequestID())
	}
	return nil
}

func (operationIDs) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if id := operationID(ctx); id != "" {
		ctx = obs.WithRequest(ctx, id)
	}
	return next(ctx)
}

// operationID is the WebSocket operation's own id, or "".
func operationID(ctx context.Context) string {
	if !graphql.HasOperationContext(ctx) {
		return ""
	}
	id, _ := graphql.GetOperationContext(ctx).Stats.GetExtension(operationIDKey).(string)
	return id
}

// requestID is the operation's id on a WebSocket, else the HTTP request's.
func requestID(ctx context.Context) string {
	if id := operationID(ctx); id != "" {
		return id
	}
	return obs.RequestID(ctx)
}

// withOperationID puts a WebSocket operation's own id in errors refused before it ran.
func withOperationID(present graphql.ErrorPresenterFunc) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		e := present(ctx, err)
		if id := operationID(ctx); id != "" && e != nil {
			if e.Extensions == nil {
				e.Extensions = map[string]any{}
			}
			e.Extensions["requestId"] = id
		}
		return e
	}
}

// socketCaps counts each caller's open WebSocket connections. Callers with none are dropped,
// so the map holds only callers connected now.
type socketCaps struct {
	max  int
	mu   sync.Mutex
	open map[string]int
}

func (c *socketCaps) acquire(key string) (release func(), ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.open[key] >= c.max {
		return nil, false
	}
	c.open[key]++
	var once sync.Once
	return func() {
		once.Do(func() {
			c.mu.Lock()
			defer c.mu.Unlock()
			if c.open[key]--; c.open[key] <= 0 {
				delete(c.open, key)
			}
		})
	}, true
}

// socket is one WebSocket connection's state: its running subscriptions.
type socket struct{ subscriptions atomic.Int32 }

type socketKey struct{}

// subscriptionCap refuses a connection's subscription beyond max running at once.
type subscriptionCap struct{ max int }

func (subscriptionCap) ExtensionName() string                   { return subscriptionCapExtension }
func (subscriptionCap) Validate(graphql.ExecutableSchema) error { return nil }

func (s subscriptionCap) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	conn, _ := ctx.Value(socketKey{}).(*socket)
	oc := graphql.GetOperationContext(ctx)
	if conn == nil || oc.Operation == nil || oc.Operation.Operation != ast.Subscription {
		return next(ctx)
	}
	if conn.subscriptions.Add(1) > int32(s.max) {
		conn.subscriptions.Add(-1)
		err := limits.Errorf(limits.CodeTooManySubscriptions, map[string]any{"limit": s.max},
			"at most %d subscriptions may run on one connection; complete one first", s.max)
		if id := obs.RequestID(ctx); id != "" {
			err.Extensions["requestId"] = id
		}
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{err}})
	}
	var once sync.Once
	release := func() { once.Do(func() { conn.subscriptions.Add(-1) }) }
	// The operation's context ends when the client completes the subscription or the
	// connection closes.
	context.AfterFunc(ctx, release)
	responses := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		r := responses(ctx)
		if r == nil {
			release()
		}
		return r
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
