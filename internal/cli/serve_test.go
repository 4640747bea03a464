package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/golang-jwt/jwt/v5"
	"go.uber.org/goleak"

	"github.com/hkgraph/hkgraph/config"
	"github.com/hkgraph/hkgraph/internal/devdb"
	"github.com/hkgraph/hkgraph/internal/testdb"
	"github.com/hkgraph/hkgraph/internal/testwait"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

// serveApp is `hkgraph serve` configured for the test database on a free port, accepting
// editor JWTs signed with a test secret.
func serveApp(t *testing.T) (*App, string) {
	t.Helper()
	port, err := devdb.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	secret := strings.Repeat("s", 32)
	env := map[string]string{
		"NEO4J_URI": testdb.URI(t), "NEO4J_PASSWORD": os.Getenv("NEO4J_PASSWORD"), "HKGRAPH_ADDR": fmt.Sprintf("127.0.0.1:%d", port),
		"HKGRAPH_JWT_SECRET": secret, "HKGRAPH_RATE_LIMIT": "0",
	}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	token, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": "drain-test", "role": "editor", "exp": time.Now().Add(time.Hour).Unix(),
	}).SignedString([]byte(secret))
	if err != nil {
		t.Fatal(err)
	}
	return &App{Config: cfg, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Stdout: io.Discard, Stderr: io.Discard}, token
}

func upsertBody(id string) string {
	b, _ := json.Marshal(map[string]any{
		"query": `mutation($in: EntityInput!) { upsertEntity(input: $in) { id } }`,
		"variables": map[string]any{"in": map[string]any{"id": id, "kind": "ORGANIZATION", "name": "Drain " + id,
			"source": map[string]any{"url": "https://example.org/drain", "quote": "Drain " + id}}},
	})
	return string(b)
}

// Shutting down under load (what SIGTERM does through main's signal context): requests in
// flight complete, new connections are refused, serve returns nil (exit 0), and every write
// the server acknowledged is in the database.
func TestServeDrainsOnShutdown(t *testing.T) {
	d := testdb.Driver(t)
	testdb.Wipe(t, d)
	a, token := serveApp(t)
	ctx := context.Background()
	if err := a.loaderStore(d).Migrate(ctx, a.Log); err != nil {
		t.Fatal(err)
	}
	leaks := goleak.IgnoreCurrent()
	serveCtx, shutdown := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- serve(serveCtx, a, d) }()
	base := "http://" + a.Config.Addr
	testwait.Eventually(t, 10*time.Second, func() bool {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil
	}, "serve answers /healthz")

	// Writers keep going until the server stops taking connections.
	client := &http.Client{Timeout: 30 * time.Second}
	var (
		mu      sync.Mutex
		acked   []string
		refused int
		wg      sync.WaitGroup
	)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ; n++ {
				id := fmt.Sprintf("drain-%d-%d", w, n)
				req, _ := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(upsertBody(id)))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+token)
				resp, err := client.Do(req)
				if err != nil {
					mu.Lock()
					refused++
					mu.Unlock()
					return
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err == nil && resp.StatusCode == http.StatusOK && strings.Contains(string(body), `"id":"`+id+`"`) {
					mu.Lock()
					acked = append(acked, id)
					mu.Unlock()
				}
			}
		}()
	}
	testwait.Eventually(t, time.Minute, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(acked) >= 20
	}, "20 acknowledged writes before shutdown")

	// A subscriber: shutdown closes its connection rather than leaving it open forever.
	wsCtx, wsCancel := context.WithTimeout(ctx, 30*time.Second)
	defer wsCancel()
	ws, _, err := websocket.Dial(wsCtx, "ws://"+a.Config.Addr+"/graphql", &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.CloseNow()
	if err := ws.Write(wsCtx, websocket.MessageText, []byte(`{"type":"connection_init"}`)); err != nil {
		t.Fatal(err)
	}
	if err := ws.Write(wsCtx, websocket.MessageText, []byte(`{"id":"1","type":"subscribe","payload":{"query":"subscription { entityChanged { id } }"}}`)); err != nil {
		t.Fatal(err)
	}
	wsClosed := make(chan error, 1)
	wsAcked := make(chan struct{})
	go func() {
		for first := true; ; first = false {
			if _, _, err := ws.Read(wsCtx); err != nil {
				wsClosed <- err
				return
			}
			if first {
				close(wsAcked) // the first message is connection_ack
			}
		}
	}()
	select {
	case <-wsAcked:
	case err := <-wsClosed:
		t.Fatalf("the subscriber's connection closed before connection_ack: %v", err)
	}

	// A request in flight when shutdown starts: headers sent, half its body still to come.
	conn, err := net.Dial("tcp", a.Config.Addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Expect: 100-continue makes the server say when its handler starts reading the body,
	// so the test knows the request is being served before it starts the shutdown.
	body := upsertBody("drain-in-flight")
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nAuthorization: Bearer %s\r\nExpect: 100-continue\r\nContent-Length: %d\r\n\r\n",
		a.Config.Addr, token, len(body))
	connReader := bufio.NewReader(conn)
	if cont, err := http.ReadResponse(connReader, nil); err != nil || cont.StatusCode != http.StatusContinue {
		t.Fatalf("the in-flight request's handler did not ask for the body: %v %v", cont, err)
	}
	if _, err := io.WriteString(conn, body[:len(body)/2]); err != nil {
		t.Fatal(err)
	}

	shutdownAt := time.Now()
	shutdown()
	// New connections are refused once the listener is closed.
	testwait.Eventually(t, 5*time.Second, func() bool {
		c, err := net.Dial("tcp", a.Config.Addr)
		if err == nil {
			c.Close()
		}
		return err != nil
	}, "new connections refused after shutdown began")
	refusedAfter := time.Since(shutdownAt)
	// The in-flight request, whose body is still coming while the listener is already
	// closed, completes.
	if _, err := io.WriteString(conn, body[len(body)/2:]); err != nil {
		t.Fatalf("finishing the in-flight request: %v", err)
	}
	resp, err := http.ReadResponse(connReader, nil)
	if err != nil {
		t.Fatalf("the in-flight request got no response: %v", err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(got), `"id":"drain-in-flight"`) {
		t.Fatalf("the in-flight request: %d %s", resp.StatusCode, got)
	}
	acked = append(acked, "drain-in-flight")

	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v, want nil (exit 0)", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not return within 30 s of shutdown")
	}
	drained := time.Since(shutdownAt)
	select {
	case err := <-wsClosed:
		if websocket.CloseStatus(err) != websocket.StatusNormalClosure {
			t.Errorf("the subscriber's connection ended with %v, want a normal close", err)
		}
	case <-time.After(5 * time.Second):
		t.Error("shutdown left a subscription connection open")
	}
	wg.Wait()
	client.CloseIdleConnections()

	found, err := neo4jstore.New(d, neo4jstore.Options{}).EntitiesByID(ctx, acked)
	if err != nil {
		t.Fatal(err)
	}
	var lost []string
	for _, id := range acked {
		if found[id] == nil {
			lost = append(lost, id)
		}
	}
	if len(lost) > 0 {
		t.Errorf("%d of %d acknowledged writes lost: %v", len(lost), len(acked), lost)
	}
	t.Logf("%d writes acknowledged, %d refused; new connections refused %v after shutdown began, drained in %v",
		len(acked), refused, refusedAfter.Round(time.Millisecond), drained.Round(time.Millisecond))
	if len(acked) < 10 {
		t.Errorf("only %d writes acknowledged: the load did not run", len(acked))
	}
	// auth's API-key caches (hashicorp/golang-lru/v2 expirable, v2.0.7) each run a cleanup
	// goroutine that the library cannot stop; there are two per process, not per request.
	goleak.VerifyNone(t, leaks, goleak.IgnoreTopFunction("github.com/hashicorp/golang-lru/v2/expirable.NewLRU[...].func1"))
}
