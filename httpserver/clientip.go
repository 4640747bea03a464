package httpserver

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"github.com/hkgraph/hkgraph/httpserver/ratelimit"
	"github.com/hkgraph/hkgraph/kg"
)

type clientAddrKey struct{}

func withClientAddr(ctx context.Context, a netip.Addr) context.Context {
	return context.WithValue(ctx, clientAddrKey{}, a)
}

// clientAddr is the address a request came from: the TCP peer, or, when the peer is a
// trusted proxy, the rightmost X-Forwarded-For entry that is not itself a trusted proxy.
// Entries to the left of that one are whatever the client chose to send, so they are never
// believed.
func (h *server) clientAddr(r *http.Request) netip.Addr {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	addr, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{}
	}
	addr = addr.Unmap()
	if !h.trusted(addr) {
		return addr
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		hop, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			return addr // a garbled entry: the last proxy that wrote a good one is the caller
		}
		addr = hop.Unmap()
		if !h.trusted(addr) {
			return addr
		}
	}
	return addr
}

func (h *server) trusted(a netip.Addr) bool {
	for _, p := range h.TrustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// caller is whose budget an operation spends: an authenticated principal by name, anyone else
// by client address. IPv6 clients are keyed by their /64, the block one host usually has, so
// rotating addresses inside it does not buy a fresh budget.
func (h *server) caller(ctx context.Context) ratelimit.Caller {
	if p := kg.PrincipalFrom(ctx); p.Name != "" {
		return ratelimit.Caller{Key: p.Name, Authenticated: true}
	}
	a, _ := ctx.Value(clientAddrKey{}).(netip.Addr)
	if a.Is6() {
		p, _ := a.Prefix(64)
		return ratelimit.Caller{Key: p.String()}
	}
	return ratelimit.Caller{Key: a.String()}
}

// budget adapts the limiter to limits.Budget, keyed by the caller in the context.
type budget struct{ h *server }

func (b budget) Spend(ctx context.Context, cost int) (int, time.Duration, bool) {
	return b.h.limiter.Spend(b.h.caller(ctx), cost)
}

func (b budget) Remaining(ctx context.Context) (int, bool) {
	return b.h.limiter.Remaining(b.h.caller(ctx))
}
