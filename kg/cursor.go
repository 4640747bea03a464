package kg

import (
	"encoding/base64"
	"encoding/json"
)

// Cursor is a keyset position: the sort key of the last item seen. It travels as opaque
// base64url JSON tagged with what it pages over, so a cursor from one connection (or a forged
// one) is refused rather than silently misread.
type Cursor struct {
	On  string `json:"on"`  // "rel", "ent", "men", "aud"
	Key []any  `json:"key"` // sort key values, then the tie-breaking id
}

// Encode returns the opaque form.
func (c Cursor) Encode() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeCursor parses an opaque cursor for connection on with n key parts; arg names the
// argument for the error.
func DecodeCursor(s, on string, n int, arg string) (Cursor, error) {
	var c Cursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || json.Unmarshal(b, &c) != nil {
		return c, BadInput(arg, "not a cursor returned by this connection")
	}
	if c.On != on || len(c.Key) != n {
		return c, BadInput(arg, "cursor belongs to another connection")
	}
	for _, k := range c.Key {
		switch k.(type) {
		case string, float64, nil:
		default:
			return c, BadInput(arg, "not a cursor returned by this connection")
		}
	}
	return c, nil
}
