package httpserver_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	"go.uber.org/goleak"

	"github.com/hkgraph/hkgraph/internal/testwait"
)

type wsMsg struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

const subscription = `subscription { entityChanged { id } }`

// dialInit opens a graphql-transport-ws connection and sends connection_init; it returns the
// connection and the first message the server answers with.
func dialInit(t *testing.T, ctx context.Context, url string) (*websocket.Conn, wsMsg, error) {
	t.Helper()
	c, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := wsjson.Write(ctx, c, wsMsg{Type: "connection_init"}); err != nil {
		t.Fatal(err)
	}
	var m wsMsg
	err = wsjson.Read(ctx, c, &m)
	return c, m, err
}

func startSub(t *testing.T, ctx context.Context, c *websocket.Conn, id string) {
	t.Helper()
	p, _ := json.Marshal(map[string]any{"query": subscription})
	if err := wsjson.Write(ctx, c, wsMsg{ID: id, Type: "subscribe", Payload: p}); err != nil {
		t.Fatal(err)
	}
}

// At most 10 subscriptions run on one connection and a caller holds at most 10 connections;
// a completed subscription or a closed connection frees its place; nothing leaks.
func TestSubscriptionLimits(t *testing.T) {
	e := readEnv(t)
	leaks := goleak.IgnoreCurrent()
	srv := httptest.NewServer(e.Handler)
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + "/graphql"
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	c, ack, err := dialInit(t, ctx, url)
	if err != nil || ack.Type != "connection_ack" {
		t.Fatalf("connection_init: %+v %v", ack, err)
	}
	msgs := make(chan wsMsg, 64)
	go func() {
		defer close(msgs)
		for {
			var m wsMsg
			if wsjson.Read(ctx, c, &m) != nil {
				return
			}
			msgs <- m
		}
	}()
	// refusals collects, for a second, the subscriptions refused with TOO_MANY_SUBSCRIPTIONS.
	refusals := func() []string {
		t.Helper()
		var ids []string
		deadline := time.After(time.Second)
		for {
			select {
			case m := <-msgs:
				switch {
				case (m.Type == "next" || m.Type == "error") && strings.Contains(string(m.Payload), "TOO_MANY_SUBSCRIPTIONS"):
					ids = append(ids, m.ID)
				case m.Type == "complete":
				default:
					t.Fatalf("unexpected %+v", m)
				}
			case <-deadline:
				return ids
			}
		}
	}
	// Subscriptions start concurrently, so which of eleven is refused is not fixed.
	for i := 1; i <= 11; i++ {
		startSub(t, ctx, c, fmt.Sprint(i))
	}
	r := refusals()
	if len(r) != 1 {
		t.Fatalf("eleven subscriptions on one connection: refused %v, want exactly one", r)
	}
	running := "1"
	if r[0] == "1" {
		running = "2"
	}
	if err := wsjson.Write(ctx, c, wsMsg{ID: running, Type: "complete"}); err != nil {
		t.Fatal(err)
	}
	// The server frees the place once it has ended the subscription, a moment after the
	// complete message: subscribe again, under a new id, until one is admitted.
	attempt := 0
	testwait.Eventually(t, 10*time.Second, func() bool {
		attempt++
		startSub(t, ctx, c, fmt.Sprintf("12.%d", attempt))
		return len(refusals()) == 0
	}, "completing a subscription frees its place")
	startSub(t, ctx, c, "13")
	if r := refusals(); len(r) != 1 || r[0] != "13" {
		t.Fatalf("a subscription beyond the limit after a replacement: refused %v", r)
	}

	// Connections per caller: this one and nine more are accepted, an eleventh is refused at
	// the upgrade (it counts from there, connection_init or not).
	conns := []*websocket.Conn{c}
	for range 9 {
		ci, ack, err := dialInit(t, ctx, url)
		if err != nil || ack.Type != "connection_ack" {
			t.Fatalf("connection %d: %+v %v", len(conns)+1, ack, err)
		}
		conns = append(conns, ci)
	}
	_, resp, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err == nil || resp == nil || resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("an 11th connection: %v %v, want HTTP 429", resp, err)
	}
	conns[9].Close(websocket.StatusNormalClosure, "")
	// The place is freed once the server has seen the close: dial until it accepts again.
	var again *websocket.Conn
	testwait.Eventually(t, 10*time.Second, func() bool {
		again, _, err = websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
		return err == nil
	}, "a closed connection frees its place")
	if err := wsjson.Write(ctx, again, wsMsg{Type: "connection_init"}); err != nil {
		t.Fatal(err)
	}
	err = wsjson.Read(ctx, again, &ack)
	if err != nil || ack.Type != "connection_ack" {
		t.Errorf("a closed connection did not free its place: %+v %v", ack, err)
	}
	conns = append(conns[:9], again)

	for _, ci := range conns {
		ci.Close(websocket.StatusNormalClosure, "")
	}
	cancel()
	srv.Close()
	goleak.VerifyNone(t, leaks)
}

// errOf reads until the connection fails and returns why.
func errOf(ctx context.Context, c *websocket.Conn) error {
	for {
		if _, _, err := c.Read(ctx); err != nil {
			return err
		}
	}
}

// A connection that never sends connection_init is closed after 10 s.
func TestConnectionInitTimeout(t *testing.T) {
	if testing.Short() {
		t.Skip("waits 10 s")
	}
	srv := httptest.NewServer(readEnv(t).Handler)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"/graphql",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	start := time.Now()
	err = errOf(ctx, c)
	if d := time.Since(start); d < 9*time.Second || d > 15*time.Second || websocket.CloseStatus(err) == -1 {
		t.Errorf("closed after %v with %v; want a close after 10 s", d, err)
	}
}

// Many concurrent requests over real HTTP leave no goroutine behind once the clients and the
// server are closed.
func TestNoGoroutineLeaksAfterLoad(t *testing.T) {
	e := readEnv(t)
	leaks := goleak.IgnoreCurrent()
	srv := httptest.NewServer(e.Handler)
	client := &http.Client{Timeout: 30 * time.Second}
	queries := []string{`{ stats { entityCount } }`, `{ entities(first: 20) { edges { node { id relationships(first: 5) { totalCount } } } } }`,
		`{ search(query: "cyberport") { entity { id } } }`, `{ nope }`, `{ entity(id: "BAD!") { id } }`}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var failures []error
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 25 {
				b, _ := json.Marshal(map[string]any{"query": queries[(w+i)%len(queries)]})
				resp, err := client.Post(srv.URL+"/graphql", "application/json", strings.NewReader(string(b)))
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				if err != nil {
					mu.Lock()
					failures = append(failures, err)
					mu.Unlock()
				}
			}
		}()
	}
	// A client that goes away mid-request.
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/graphql", strings.NewReader(`{"query": "{ stats { entityCount } }"}`))
	req.Header.Set("Content-Type", "application/json")
	if resp, err := client.Do(req); err == nil {
		resp.Body.Close()
	} else if !errors.Is(err, context.DeadlineExceeded) {
		t.Log(err)
	}
	cancel()
	wg.Wait()
	if len(failures) > 0 {
		t.Fatalf("%d requests failed: %v", len(failures), failures[0])
	}
	client.CloseIdleConnections()
	srv.Close()
	goleak.VerifyNone(t, leaks)
}
