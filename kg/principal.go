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

// Has reports whether p holds role: admins hold every role, editors the editor role, and
// everyone the anonymous one.
func (p Principal) Has(role string) bool {
	switch role {
	case RoleAnonymous:
		return true
	case RoleEditor:
		return p.Role == RoleEditor || p.Role == RoleAdmin
	}
	return p.Role == role
}

// Require returns the caller in ctx when they hold role. It is the API's one authorization
// check: writes, the audit log, history, proposals and whole document texts all ask it. A
// caller without credentials is UNAUTHENTICATED; an identity without the role is FORBIDDEN.
func Require(ctx context.Context, role string) (Principal, error) {
	p := PrincipalFrom(ctx)
	switch {
	case p.Has(role):
		return p, nil
	case p.Name == "":
		return p, Errorf(CodeUnauthenticated, "this needs the credentials of %s: send Authorization: Bearer <API key or JWT>", holders(role))
	}
	return p, Errorf(CodeForbidden, "%s may not do this: it is for %s", p.Name, holders(role))
}

// holders names who holds role, for messages.
func holders(role string) string {
	if role == RoleAdmin {
		return "admins"
	}
	return "editors and admins"
}

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
