package kg

import "context"

// Access roles. Anonymous callers read; editors also write and read whole document texts;
// admins also read everyone's audit events and manage keys.
const (
	RoleAnonymous = ""
	RoleEditor    = "editor"
	RoleAdmin     = "admin"
)

// Principal is who is calling: an API key's name or a token's subject, and their role.
type Principal struct {
	Name string
	Role string
}

// CanEdit reports whether p may write.
func (p Principal) CanEdit() bool { return p.Role == RoleEditor || p.Role == RoleAdmin }

// IsAdmin reports whether p is an admin.
func (p Principal) IsAdmin() bool { return p.Role == RoleAdmin }

type principalKey struct{}

// WithPrincipal returns ctx carrying p.
func WithPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// PrincipalFrom returns the caller in ctx (the zero Principal, anonymous, when none).
func PrincipalFrom(ctx context.Context) Principal {
	p, _ := ctx.Value(principalKey{}).(Principal)
	return p
}
