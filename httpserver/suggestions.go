package httpserver

import (
	"context"
	"regexp"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// didYouMean is the suggestion gqlparser appends to validation and variable errors: for
// unknown fields, arguments, enum values, input fields and types alike ("Did you mean "id"?",
// "Did you mean the enum value "PLACE"?").
var didYouMean = regexp.MustCompile(`\s*Did you mean\b[^?]*\?`)

// withoutSuggestions removes every "Did you mean …?" from errors: without introspection each
// one would leak a name of the schema. gqlgen's SetDisableSuggestion covers field names only.
func withoutSuggestions(present graphql.ErrorPresenterFunc) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		e := present(ctx, err)
		if e != nil {
			e.Message = didYouMean.ReplaceAllString(e.Message, "")
		}
		return e
	}
}
