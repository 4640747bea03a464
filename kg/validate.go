package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Limits on what a write may carry.
const (
	MaxNameLen        = 200
	MaxDescriptionLen = 4000
	MaxAliases        = 50
	// MaxCitationLen caps a citation's span and a typed quote, in code points: a sentence or
	// two. A longer span would let a citation republish a non-public document wholesale.
	MaxCitationLen = 300
)

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{1,63}$`)

// ValidID reports whether id is an entity slug: lowercase letters, digits and hyphens, 2–64
// characters, not starting with a hyphen.
func ValidID(id string) bool { return idPattern.MatchString(id) }

var docIDPattern = regexp.MustCompile(`^doc:[a-z0-9][a-z0-9-]{1,100}$`)

// ValidDocumentID reports whether id is a document id: doc: and a slug of 2–101 characters.
func ValidDocumentID(id string) bool { return docIDPattern.MatchString(id) }

var datePattern = regexp.MustCompile(`^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$`)

// ValidDate reports whether s is an ISO 8601 calendar date, with the month and day optional
// (2014, 2024-06, 2022-06-24), and a real date.
func ValidDate(s string) bool {
	m := datePattern.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	year, _ := strconv.Atoi(m[1])
	if year < 1000 {
		return false
	}
	if m[2] == "" {
		return true
	}
	month, _ := strconv.Atoi(m[2])
	if month < 1 || month > 12 {
		return false
	}
	if m[3] == "" {
		return true
	}
	day, _ := strconv.Atoi(m[3])
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	return t.Day() == day && t.Month() == time.Month(month)
}

// DateBefore reports whether partial date a starts strictly after b would end, i.e. b < a is
// impossible to satisfy; used for endDate ≥ date. Partial dates compare on their common prefix.
func DateBefore(end, start string) bool {
	n := min(len(end), len(start))
	return end[:n] < start[:n]
}

// ValidAmount reports whether v is a finite, non-negative amount.
func ValidAmount(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) && v >= 0 }

// Problems collects validation problems, each naming where it is; a write proceeds only when
// there are none.
type Problems []string

// Add records a problem.
func (p *Problems) Add(where, format string, args ...any) {
	*p = append(*p, where+": "+sprintf(format, args...))
}

// Err returns nil when there are no problems, else a BAD_USER_INPUT error listing them all.
func (p Problems) Err() error {
	if len(p) == 0 {
		return nil
	}
	e := Errorf(CodeBadUserInput, "%s", joinLines(p))
	e.Extensions = map[string]any{"problems": []string(p)}
	return e
}

// RelationshipID derives a relationship's id from what makes it the same fact: its type,
// endpoints and date. Loading or adding the same fact twice therefore finds the first one.
// The type is part of the id so a lookup by id can use that type's index.
func RelationshipID(t RelType, from, to string, date *string) string {
	d := ""
	if date != nil {
		d = *date
	}
	sum := sha256.Sum256([]byte(string(t) + "\x00" + from + "\x00" + to + "\x00" + d))
	return "rel:" + strings.ToLower(string(t)) + ":" + hex.EncodeToString(sum[:8])
}

// RelTypeOfID returns the type encoded in a relationship id, and whether id is well formed.
func RelTypeOfID(id string) (RelType, bool) {
	parts := strings.Split(id, ":")
	if len(parts) != 3 || parts[0] != "rel" || len(parts[2]) != 16 {
		return "", false
	}
	t := RelType(strings.ToUpper(parts[1]))
	return t, t.Valid()
}
