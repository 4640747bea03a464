package httpserver

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/hkgraph/hkgraph/httpserver/armor"
	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/kg"
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
	release, ok := h.sockets.acquire(h.caller(ctx).Key)
	if !ok {
		ctx = transport.WithWebsocketCloseCode(ctx, websocketCloseTooMany)
		ctx = transport.AppendCloseReason(ctx, armor.CodeTooManyConnections)
		return ctx, nil, errors.New(armor.CodeTooManyConnections + ": at most " + itoa(h.MaxConnections) + " subscription connections per caller")
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
		err := armor.Errorf(armor.CodeTooManySubscriptions, map[string]any{"limit": s.max},
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
