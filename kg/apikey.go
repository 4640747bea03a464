package kg

// APIKey describes a stored API key for listings. The key itself is never stored: only a
// hash of it, which listings do not show, and Prefix, its first characters, to tell keys apart.
type APIKey struct {
	Name      string
	Role      string
	Prefix    string  // the 8 characters after "hkg_"
	CreatedAt string  // RFC 3339, UTC
	RevokedAt *string // RFC 3339, UTC; nil while the key is active
}

// Active reports whether the key has not been revoked.
func (k APIKey) Active() bool { return k.RevokedAt == nil }

// MaxAPIKeyName is the longest API key name accepted.
const MaxAPIKeyName = 64

// ValidateAPIKeyName checks an API key's name: 1 to 64 letters, digits, '.', '_' or '-'.
func ValidateAPIKeyName(name string) error {
	if name == "" {
		return BadInput("name", "an API key needs a name (1–%d letters, digits, '.', '_' or '-')", MaxAPIKeyName)
	}
	if len(name) > MaxAPIKeyName {
		return BadInput("name", "an API key name has at most %d characters, this one has %d", MaxAPIKeyName, len(name))
	}
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return BadInput("name", "an API key name may hold only letters, digits, '.', '_' and '-', not %q", c)
		}
	}
	return nil
}

// ValidateAPIKeyRole checks the role an API key grants: editor or admin (anonymous callers
// need no key).
func ValidateAPIKeyRole(role string) error {
	if role != RoleEditor && role != RoleAdmin {
		return BadInput("role", "an API key's role is %q or %q, not %q", RoleEditor, RoleAdmin, role)
	}
	return nil
}

// ValidateAPIKey checks a new key's name and role.
func ValidateAPIKey(name, role string) error {
	if err := ValidateAPIKeyName(name); err != nil {
		return err
	}
	return ValidateAPIKeyRole(role)
}
