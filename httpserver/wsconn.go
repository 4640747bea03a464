package httpserver

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"
)

// websocketCloseDuplicateID is graphql-transport-ws's close code for a subscribe message whose
// id is already running ("Subscriber for <id> already exists").
const websocketCloseDuplicateID = 4409

// uniqueIDs wraps gqlgen's WebSocket implementation to enforce what gqlgen does not: an
// operation id is unique among the connection's running operations. gqlgen would start a
// second operation under the same id and lose track of the first, which then can never be
// completed by the client and runs until the connection closes.
type uniqueIDs struct {
	transport.WebsocketImplementation
}

func (u uniqueIDs) Accept(w http.ResponseWriter, r *http.Request, o transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	c, err := u.WebsocketImplementation.Accept(w, r, o)
	if err != nil {
		return nil, err
	}
	return &idConn{WebsocketConn: c, active: map[string]bool{}}, nil
}

// idConn tracks the ids of running operations: a subscribe adds one, and a complete or error
// in either direction ends it.
type idConn struct {
	transport.WebsocketConn
	mu     sync.Mutex
	active map[string]bool
}

var errDuplicateID = errors.New("duplicate operation id")

type frame struct {
	Type string `json:"type"`
	ID   string `json:"id"`
}

func (c *idConn) NextReader() (int, io.Reader, error) {
	kind, r, err := c.WebsocketConn.NextReader()
	if err != nil {
		return kind, r, err
	}
	b, err := io.ReadAll(r) // bounded by the connection's read limit (PayloadReadLimit)
	if err != nil {
		return kind, nil, err
	}
	var f frame
	if json.Unmarshal(b, &f) == nil && f.ID != "" {
		c.mu.Lock()
		dup := false
		switch f.Type {
		case "subscribe", "start":
			dup = c.active[f.ID]
			c.active[f.ID] = true
		case "complete", "stop":
			delete(c.active, f.ID)
		}
		c.mu.Unlock()
		if dup {
			_ = c.WebsocketConn.WriteClose(websocketCloseDuplicateID, "Subscriber for "+truncate(f.ID, 64)+" already exists")
			return kind, nil, errDuplicateID
		}
	}
	return kind, bytes.NewReader(b), nil
}

func (c *idConn) WriteJSON(v any) error {
	// gqlgen's message type is unexported: its JSON tells which operation ended.
	if b, err := json.Marshal(v); err == nil {
		var f frame
		if json.Unmarshal(b, &f) == nil && f.ID != "" && (f.Type == "complete" || f.Type == "error") {
			c.mu.Lock()
			delete(c.active, f.ID)
			c.mu.Unlock()
		}
	}
	return c.WebsocketConn.WriteJSON(v)
}

// The optional interfaces gqlgen looks for pass through.

func (c *idConn) SetReadLimit(limit int64) {
	if l, ok := c.WebsocketConn.(transport.WebsocketReadLimiter); ok {
		l.SetReadLimit(limit)
	}
}

func (c *idConn) SetReadDeadline(t time.Time) error {
	if d, ok := c.WebsocketConn.(transport.WebsocketReadDeadliner); ok {
		return d.SetReadDeadline(t)
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
