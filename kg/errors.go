package kg

import (
	"errors"
	"fmt"
)

// Error codes. Each transport maps them: GraphQL puts them in extensions.code, the CLI prints
// them. Names are part of the public contract.
const (
	CodeBadUserInput        = "BAD_USER_INPUT"
	CodeNotFound            = "NOT_FOUND"
	CodeConflict            = "CONFLICT"
	CodeUnauthenticated     = "UNAUTHENTICATED"
	CodeForbidden           = "FORBIDDEN"
	CodeDatabaseUnavailable = "DATABASE_UNAVAILABLE"
	CodeTimeout             = "TIMEOUT"
	CodeInternal            = "INTERNAL"
)

// Error is a domain error with a code. Message is safe to show to a client; Err (the cause)
// is for logs only.
type Error struct {
	Code       string
	Message    string
	Extensions map[string]any
	Err        error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return e.Code + ": " + e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// BadInput is the error for a client argument out of range or malformed; arg names it.
func BadInput(arg, format string, args ...any) *Error {
	e := Errorf(CodeBadUserInput, "%s: "+format, append([]any{arg}, args...)...)
	e.Extensions = map[string]any{"argument": arg}
	return e
}

// ErrorCode returns the code of err, or CodeInternal when err carries none.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}
