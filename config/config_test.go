package config

import (
	"strings"
	"testing"
	"time"
)

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		wantErr string // substring; "" = no error
		check   func(t *testing.T, c Config)
	}{
		{name: "defaults", check: func(t *testing.T, c Config) {
			if c.Neo4jURI != DefaultNeo4jURI || c.Neo4jSet || c.Addr != "127.0.0.1:8080" || c.QueryTimeout != 5*time.Second || !c.GraphiQL {
				t.Errorf("unexpected defaults: %+v", c)
			}
		}},
		{name: "aura", env: map[string]string{"NEO4J_URI": "neo4j+s://abcd.databases.neo4j.io"}, check: func(t *testing.T, c Config) {
			if !c.Neo4jSet {
				t.Error("NEO4J_URI given but Neo4jSet false")
			}
		}},
		{name: "production hides GraphiQL", env: map[string]string{"HKGRAPH_ENV": "production"}, check: func(t *testing.T, c Config) {
			if c.GraphiQL || c.Introspection {
				t.Error("production must default GraphiQL and introspection off")
			}
		}},
		{name: "bad scheme", env: map[string]string{"NEO4J_URI": "http://localhost:7474"}, wantErr: "NEO4J_URI"},
		{name: "not a uri", env: map[string]string{"NEO4J_URI": "localhost"}, wantErr: "NEO4J_URI"},
		{name: "bad addr", env: map[string]string{"HKGRAPH_ADDR": "8080"}, wantErr: "HKGRAPH_ADDR"},
		{name: "bad timeout", env: map[string]string{"HKGRAPH_QUERY_TIMEOUT": "soon"}, wantErr: "HKGRAPH_QUERY_TIMEOUT"},
		{name: "bad env", env: map[string]string{"HKGRAPH_ENV": "staging"}, wantErr: "HKGRAPH_ENV"},
		{name: "bad bool", env: map[string]string{"HKGRAPH_GRAPHIQL": "maybe"}, wantErr: "HKGRAPH_GRAPHIQL"},
		{name: "cors origins", env: map[string]string{"HKGRAPH_CORS_ORIGINS": "https://a.example.org, http://localhost:5173"}, check: func(t *testing.T, c Config) {
			if len(c.CORSOrigins) != 2 || c.CORSOrigins[1] != "http://localhost:5173" {
				t.Errorf("CORSOrigins = %v", c.CORSOrigins)
			}
		}},
		{name: "bad cors origin", env: map[string]string{"HKGRAPH_CORS_ORIGINS": "example.org"}, wantErr: "HKGRAPH_CORS_ORIGINS"},
		{name: "bad port", env: map[string]string{"NEO4J_BOLT_PORT": "70000"}, wantErr: "NEO4J_BOLT_PORT"},
		{name: "jwt defaults", check: func(t *testing.T, c Config) {
			if c.JWTSecret != "" || c.JWKSURL != "" || c.JWTRoleClaim != "role" || c.JWTIssuer != "" || c.JWTAudience != "" {
				t.Errorf("unexpected JWT defaults: %+v", c)
			}
		}},
		{name: "jwt secret and claims", env: map[string]string{
			"HKGRAPH_JWT_SECRET": strings.Repeat("s", 32), "HKGRAPH_JWT_ROLE_CLAIM": "https://hkgraph.example/role",
			"HKGRAPH_JWT_ISSUER": "https://id.example/", "HKGRAPH_JWT_AUDIENCE": "hkgraph",
		}, check: func(t *testing.T, c Config) {
			if len(c.JWTSecret) != 32 || c.JWTRoleClaim != "https://hkgraph.example/role" || c.JWTIssuer != "https://id.example/" || c.JWTAudience != "hkgraph" {
				t.Errorf("JWT settings not read: %+v", c)
			}
		}},
		{name: "short jwt secret", env: map[string]string{"HKGRAPH_JWT_SECRET": strings.Repeat("s", 31)}, wantErr: "HKGRAPH_JWT_SECRET must be at least 32 bytes"},
		{name: "jwks https", env: map[string]string{"HKGRAPH_JWKS_URL": "https://id.example/.well-known/jwks.json"}, check: func(t *testing.T, c Config) {
			if c.JWKSURL != "https://id.example/.well-known/jwks.json" {
				t.Errorf("JWKSURL = %q", c.JWKSURL)
			}
		}},
		{name: "jwks local http", env: map[string]string{"HKGRAPH_JWKS_URL": "http://127.0.0.1:8081/jwks.json"}},
		{name: "jwks localhost http", env: map[string]string{"HKGRAPH_JWKS_URL": "http://localhost:8081/jwks.json"}},
		{name: "jwks remote http", env: map[string]string{"HKGRAPH_JWKS_URL": "http://id.example/jwks.json"}, wantErr: "HKGRAPH_JWKS_URL"},
		{name: "jwks localhost lookalike", env: map[string]string{"HKGRAPH_JWKS_URL": "http://localhost.evil.example/jwks.json"}, wantErr: "HKGRAPH_JWKS_URL"},
		{name: "jwks not a url", env: map[string]string{"HKGRAPH_JWKS_URL": "jwks.json"}, wantErr: "HKGRAPH_JWKS_URL"},
		{name: "issuer without jwt", env: map[string]string{"HKGRAPH_JWT_ISSUER": "https://id.example/"}, wantErr: "HKGRAPH_JWT_ISSUER"},
		{name: "audience without jwt", env: map[string]string{"HKGRAPH_JWT_AUDIENCE": "hkgraph"}, wantErr: "HKGRAPH_JWT_AUDIENCE"},
		{name: "limit defaults", check: func(t *testing.T, c Config) {
			if c.MaxDepth != 10 || c.MaxAliases != 15 || c.MaxDirectives != 20 || c.MaxTokens != 2000 || c.MaxCost != 50000 ||
				c.MaxBodyBytes != 64<<10 || c.RequestTimeout != 10*time.Second || c.RateLimit != 300000 || c.RateLimitAuth != 1500000 ||
				c.MaxSubscriptions != 10 || c.MaxConnections != 10 || c.TrustedProxies != nil || c.TrustedDocuments != "" || c.OTel != "off" {
				t.Errorf("unexpected limit defaults: %+v", c)
			}
		}},
		{name: "limits set", env: map[string]string{
			"HKGRAPH_MAX_DEPTH": "12", "HKGRAPH_MAX_ALIASES": "30", "HKGRAPH_MAX_DIRECTIVES": "5", "HKGRAPH_MAX_TOKENS": "5_000",
			"HKGRAPH_MAX_COST": "100000", "HKGRAPH_MAX_BODY_BYTES": "1048576", "HKGRAPH_REQUEST_TIMEOUT": "3s",
			"HKGRAPH_RATE_LIMIT": "1000", "HKGRAPH_WS_MAX_SUBSCRIPTIONS": "2", "HKGRAPH_WS_MAX_CONNECTIONS": "3",
			"HKGRAPH_TRUSTED_PROXIES": "10.0.0.0/8, 192.168.1.7, ::1", "HKGRAPH_TRUSTED_DOCUMENTS": "ops.json", "HKGRAPH_OTEL": "stdout",
		}, check: func(t *testing.T, c Config) {
			if c.MaxDepth != 12 || c.MaxAliases != 30 || c.MaxDirectives != 5 || c.MaxTokens != 5000 || c.MaxCost != 100000 ||
				c.MaxBodyBytes != 1<<20 || c.RequestTimeout != 3*time.Second || c.RateLimit != 1000 || c.RateLimitAuth != 5000 ||
				c.MaxSubscriptions != 2 || c.MaxConnections != 3 || len(c.TrustedProxies) != 3 || c.TrustedDocuments != "ops.json" || c.OTel != "stdout" {
				t.Errorf("limits not read: %+v", c)
			}
			if c.TrustedProxies[1].String() != "192.168.1.7/32" || c.TrustedProxies[2].String() != "::1/128" {
				t.Errorf("TrustedProxies = %v", c.TrustedProxies)
			}
		}},
		{name: "rate limit off", env: map[string]string{"HKGRAPH_RATE_LIMIT": "0"}, check: func(t *testing.T, c Config) {
			if c.RateLimit != 0 || c.RateLimitAuth != 0 {
				t.Errorf("HKGRAPH_RATE_LIMIT=0 must turn both budgets off: %d, %d", c.RateLimit, c.RateLimitAuth)
			}
		}},
		{name: "authenticated rate alone", env: map[string]string{"HKGRAPH_RATE_LIMIT_AUTHENTICATED": "0"}, check: func(t *testing.T, c Config) {
			if c.RateLimit != 300000 || c.RateLimitAuth != 0 {
				t.Errorf("rate limits %d, %d", c.RateLimit, c.RateLimitAuth)
			}
		}},
		{name: "zero depth", env: map[string]string{"HKGRAPH_MAX_DEPTH": "0"}, wantErr: "HKGRAPH_MAX_DEPTH"},
		{name: "bad aliases", env: map[string]string{"HKGRAPH_MAX_ALIASES": "many"}, wantErr: "HKGRAPH_MAX_ALIASES"},
		{name: "negative rate", env: map[string]string{"HKGRAPH_RATE_LIMIT": "-1"}, wantErr: "HKGRAPH_RATE_LIMIT"},
		{name: "tiny body", env: map[string]string{"HKGRAPH_MAX_BODY_BYTES": "100"}, wantErr: "HKGRAPH_MAX_BODY_BYTES"},
		{name: "bad request timeout", env: map[string]string{"HKGRAPH_REQUEST_TIMEOUT": "0s"}, wantErr: "HKGRAPH_REQUEST_TIMEOUT"},
		{name: "bad proxy", env: map[string]string{"HKGRAPH_TRUSTED_PROXIES": "proxy.internal"}, wantErr: "HKGRAPH_TRUSTED_PROXIES"},
		{name: "bad otel", env: map[string]string{"HKGRAPH_OTEL": "jaeger"}, wantErr: "HKGRAPH_OTEL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(func(k string) string { return tt.env[k] })
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("error %v, want one naming %s", err, tt.wantErr)
			}
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
}
