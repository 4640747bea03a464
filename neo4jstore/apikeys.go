package neo4jstore

import (
	"context"
	"errors"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/kg"
)

// API keys are (:ApiKey {name, role, hash, prefix, createdAt, revokedAt}) nodes. Only a hash
// of each key is stored (package auth makes keys and hashes them); name is unique (migration
// 4) and hash indexed, so a request's key is found in one index lookup.
//
// The Cypher for keys lives here rather than in cypher.go to keep the feature in one file;
// it follows the same rule: values are parameters, nothing is spliced in.
const (
	// A revoked key keeps its name until a new key takes the name: then the revoked node
	// goes, so "revoke it or choose another name" holds. An active key blocks the name.
	cypherAPIKeyByName = `MATCH (k:ApiKey {name: $name}) RETURN k.revokedAt IS NOT NULL AS revoked`

	cypherDeleteRevokedAPIKey = `MATCH (k:ApiKey {name: $name}) WHERE k.revokedAt IS NOT NULL DELETE k`

	cypherCreateAPIKey = `CREATE (k:ApiKey {name: $name, role: $role, hash: $hash, prefix: $prefix, createdAt: $at})`

	cypherAPIKeys = `MATCH (k:ApiKey)
RETURN k { .name, .role, .prefix, .createdAt, .revokedAt } AS k
ORDER BY k.name`

	cypherRevokeAPIKey = `MATCH (k:ApiKey {name: $name}) WHERE k.revokedAt IS NULL
SET k.revokedAt = $at
RETURN k.name AS name`

	cypherPrincipalByKeyHash = `MATCH (k:ApiKey {hash: $hash}) WHERE k.revokedAt IS NULL
RETURN k.name AS name, k.role AS role
LIMIT 1`
)

func errAPIKeyExists(name string) *kg.Error {
	return kg.Errorf(kg.CodeConflict, "an API key named %q exists already; revoke it or choose another name", name)
}

// CreateAPIKey stores a new key by its hash. name must be free (a revoked key's name is),
// role editor or admin; prefix identifies the key in listings.
func (s *Store) CreateAPIKey(ctx context.Context, name, role string, hash, prefix string) error {
	if err := kg.ValidateAPIKey(name, role); err != nil {
		return err
	}
	if hash == "" || prefix == "" {
		return kg.Errorf(kg.CodeInternal, "CreateAPIKey needs the key's hash and prefix")
	}
	params := map[string]any{"name": name, "role": role, "hash": hash, "prefix": prefix,
		"at": time.Now().UTC().Format(time.RFC3339)}
	_, err := writeTx(ctx, s, func(q querier) (struct{}, error) {
		rec, err := q.one(cypherAPIKeyByName, params)
		if err != nil {
			return struct{}{}, err
		}
		if rec != nil {
			revoked, err := value[bool](rec, "revoked")
			if err != nil {
				return struct{}{}, err
			}
			if !revoked {
				return struct{}{}, errAPIKeyExists(name)
			}
			if _, err := q.rows(cypherDeleteRevokedAPIKey, params); err != nil {
				return struct{}{}, err
			}
		}
		if _, err := q.rows(cypherCreateAPIKey, params); err != nil {
			if isConstraintViolation(err) { // created concurrently
				return struct{}{}, errAPIKeyExists(name)
			}
			return struct{}{}, err
		}
		return struct{}{}, nil
	})
	return err
}

func isConstraintViolation(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && ne.Code == "Neo.ClientError.Schema.ConstraintValidationFailed"
}

// APIKeys lists every key, active and revoked, by name.
func (s *Store) APIKeys(ctx context.Context) ([]kg.APIKey, error) {
	return readAll(ctx, s, cypherAPIKeys, nil, func(r *cols) kg.APIKey {
		m := col[map[string]any](r, "k")
		return kg.APIKey{
			Name: str(m, "name"), Role: str(m, "role"), Prefix: str(m, "prefix"),
			CreatedAt: str(m, "createdAt"), RevokedAt: strp(m, "revokedAt"),
		}
	})
}

// RevokeAPIKey marks the active key called name revoked; false when there is none.
func (s *Store) RevokeAPIKey(ctx context.Context, name string) (bool, error) {
	if err := kg.ValidateAPIKeyName(name); err != nil {
		return false, err
	}
	recs, err := s.writeRows(ctx, cypherRevokeAPIKey, map[string]any{"name": name, "at": time.Now().UTC().Format(time.RFC3339)})
	if err != nil {
		return false, err
	}
	return len(recs) > 0, nil
}

// PrincipalByKeyHash returns the principal of the active key with this hash; nil when no key
// has it or its key is revoked.
func (s *Store) PrincipalByKeyHash(ctx context.Context, hash string) (*kg.Principal, error) {
	if hash == "" {
		return nil, nil
	}
	ps, err := readAll(ctx, s, cypherPrincipalByKeyHash, map[string]any{"hash": hash}, func(r *cols) *kg.Principal {
		return &kg.Principal{Name: col[string](r, "name"), Role: col[string](r, "role")}
	})
	if err != nil || len(ps) == 0 {
		return nil, err
	}
	return ps[0], nil
}
