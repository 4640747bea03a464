package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/hkgraph/hkgraph/internal/apitest"
)

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// subscribe opens a graphql-transport-ws connection and starts one subscription.
func subscribe(t *testing.T, ctx context.Context, url, query string, init map[string]any) *websocket.Conn {
	t.Helper()
	c, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	payload, _ := json.Marshal(init)
	if err := wsjson.Write(ctx, c, wsMessage{Type: "connection_init", Payload: payload}); err != nil {
		t.Fatal(err)
	}
	var ack wsMessage
	if err := wsjson.Read(ctx, c, &ack); err != nil || ack.Type != "connection_ack" {
		t.Fatalf("connection_ack: %+v %v", ack, err)
	}
	sub, _ := json.Marshal(map[string]any{"query": query})
	if err := wsjson.Write(ctx, c, wsMessage{ID: "1", Type: "subscribe", Payload: sub}); err != nil {
		t.Fatal(err)
	}
	return c
}

// A subscriber receives a change made through another connection, and none from before it
// subscribed.
func TestSubscriptionSeesLaterChangesOnly(t *testing.T) {
	e := apitest.New(t)
	srv := httptest.NewServer(e.Handler)
	defer srv.Close()
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + "/graphql"
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	var ignore json.RawMessage
	e.Data(t, upsert, entityInput("before-co", nil), apitest.EditorToken, &ignore)
	c := subscribe(t, ctx, url, `subscription { entityChanged(kinds: [ORGANIZATION]) { operation id actor entity { id name } } }`, nil)
	defer c.CloseNow()

	got := make(chan wsMessage, 16)
	go func() {
		for {
			var m wsMessage
			if err := wsjson.Read(ctx, c, &m); err != nil {
				close(got)
				return
			}
			got <- m
		}
	}()
	// The subscription registers asynchronously: write until its first change arrives.
	for i := 0; ; i++ {
		e.Data(t, upsert, entityInput(fmt.Sprintf("after-co-%d", i), nil), apitest.EditorToken, &ignore)
		select {
		case m, ok := <-got:
			if !ok {
				t.Fatal("the connection closed")
			}
			if m.Type != "next" {
				t.Fatalf("unexpected message %+v", m)
			}
			var next struct {
				Data struct {
					EntityChanged struct {
						Operation, ID, Actor string
						Entity               struct{ ID, Name string }
					} `json:"entityChanged"`
				} `json:"data"`
			}
			if err := json.Unmarshal(m.Payload, &next); err != nil {
				t.Fatal(err)
			}
			ch := next.Data.EntityChanged
			if ch.ID == "before-co" {
				t.Fatal("a change from before the subscription was delivered")
			}
			if !strings.HasPrefix(ch.ID, "after-co-") || ch.Operation != "upsertEntity" || ch.Actor != "alice" || ch.Entity.ID != ch.ID {
				t.Errorf("change: %+v", ch)
			}
			return
		case <-time.After(time.Second):
			if i > 20 {
				t.Fatal("no change delivered")
			}
		}
	}
}

// Browsers from origins outside the allow-list cannot open subscriptions; scripts that send no
// Origin can.
func TestSubscriptionOriginCheck(t *testing.T) {
	e := apitest.New(t)
	srv := httptest.NewServer(e.Handler)
	defer srv.Close()
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + "/graphql"
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	h := map[string][]string{"Origin": {"https://evil.example"}}
	if c, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: h}); err == nil {
		c.CloseNow()
		t.Error("a foreign browser origin was accepted")
	}
	c, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatalf("a client without Origin was refused: %v", err)
	}
	c.CloseNow()
}
