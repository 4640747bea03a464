// Package config reads hkgraph's settings from the environment. Every invalid value is one
// clear error naming the variable and the accepted form.
package config

import (
	"fmt"
	"math"
	"net"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/hkgraph/hkgraph/limits"
)

// DefaultNeo4jURI is the instance `make run` starts.
const DefaultNeo4jURI = "bolt://127.0.0.1:7687"

// Config is hkgraph's configuration.
type Config struct {
	Neo4jURI      string        // NEO4J_URI
	Neo4jSet      bool          // NEO4J_URI was given: never start a local Neo4j
	Neo4jUser     string        // NEO4J_USERNAME
	Neo4jPassword string        // NEO4J_PASSWORD
	Neo4jDatabase string        // NEO4J_DATABASE
	Addr          string        // HKGRAPH_ADDR
	QueryTimeout  time.Duration // HKGRAPH_QUERY_TIMEOUT
	Env           string        // HKGRAPH_ENV: development or production
	LogFormat     string        // HKGRAPH_LOG_FORMAT: json or text
	LogLevel      string        // HKGRAPH_LOG_LEVEL: debug, info, warn, error
	Introspection bool          // HKGRAPH_INTROSPECTION
	GraphiQL      bool          // HKGRAPH_GRAPHIQL
	BoltPort      int           // NEO4J_BOLT_PORT: the local Neo4j's port (make run)
	DataDir       string        // HKGRAPH_DATA_DIR: the local Neo4j's data (make run)
	JWTSecret     string        // HKGRAPH_JWT_SECRET: accept HS256 JWTs signed with it (≥ 32 bytes)
	JWKSURL       string        // HKGRAPH_JWKS_URL: accept RS256/ES256 JWTs signed by these keys
	JWTRoleClaim  string        // HKGRAPH_JWT_ROLE_CLAIM: the claim holding editor/admin; default role
	JWTIssuer     string        // HKGRAPH_JWT_ISSUER: when set, JWTs must carry this iss
	JWTAudience   string        // HKGRAPH_JWT_AUDIENCE: when set, JWTs' aud must include it
	CORSOrigins   []string      // HKGRAPH_CORS_ORIGINS: comma-separated origins allowed from browsers

	// Limits: docs/limits-and-security.md describes each.
	MaxDepth           int            // HKGRAPH_MAX_DEPTH: field nesting per operation
	MaxAliases         int            // HKGRAPH_MAX_ALIASES: aliases per operation
	MaxDirectives      int            // HKGRAPH_MAX_DIRECTIVES: directives per operation
	MaxTokens          int            // HKGRAPH_MAX_TOKENS: parser tokens per document
	MaxCost            int            // HKGRAPH_MAX_COST: nodes an operation may return
	MaxDuplicateFields int            // HKGRAPH_MAX_DUPLICATE_FIELDS: one response key per selection set
	MaxBodyBytes       int64          // HKGRAPH_MAX_BODY_BYTES: POST body and GET query string
	RequestTimeout     time.Duration  // HKGRAPH_REQUEST_TIMEOUT: a whole HTTP GraphQL request
	RateLimit          int            // HKGRAPH_RATE_LIMIT: cost points per minute per anonymous caller; 0 = off
	RateLimitAuth      int            // HKGRAPH_RATE_LIMIT_AUTHENTICATED: per authenticated caller; 0 = off
	TrustedProxies     []netip.Prefix // HKGRAPH_TRUSTED_PROXIES: proxies whose X-Forwarded-For is believed
	MaxSubscriptions   int            // HKGRAPH_WS_MAX_SUBSCRIPTIONS: per WebSocket connection
	MaxConnections     int            // HKGRAPH_WS_MAX_CONNECTIONS: WebSocket connections per caller
	TrustedDocuments   string         // HKGRAPH_TRUSTED_DOCUMENTS: manifest path; only its documents run
	OTel               string         // HKGRAPH_OTEL: off, stdout or otlp
	PprofAddr          string         // HKGRAPH_PPROF_ADDR: serve net/http/pprof here ("" = off)
}

// MinJWTSecretLen is the shortest HKGRAPH_JWT_SECRET accepted: HS256 wants a key at least as
// long as its 32-byte hash (RFC 7518 §3.2).
const MinJWTSecretLen = 32

// Load reads the configuration through getenv (os.Getenv in production, a map in tests).
func Load(getenv func(string) string) (Config, error) {
	env := func(k, def string) string {
		if v := strings.TrimSpace(getenv(k)); v != "" {
			return v
		}
		return def
	}
	c := Config{
		Neo4jURI: env("NEO4J_URI", DefaultNeo4jURI), Neo4jSet: getenv("NEO4J_URI") != "",
		Neo4jUser: env("NEO4J_USERNAME", "neo4j"), Neo4jPassword: getenv("NEO4J_PASSWORD"),
		Neo4jDatabase: env("NEO4J_DATABASE", ""), Addr: env("HKGRAPH_ADDR", "127.0.0.1:8080"),
		Env: env("HKGRAPH_ENV", "development"), LogFormat: env("HKGRAPH_LOG_FORMAT", "json"),
		LogLevel: env("HKGRAPH_LOG_LEVEL", "info"), DataDir: env("HKGRAPH_DATA_DIR", ".data/neo4j"),
		JWTSecret: env("HKGRAPH_JWT_SECRET", ""), JWKSURL: env("HKGRAPH_JWKS_URL", ""),
		JWTRoleClaim: env("HKGRAPH_JWT_ROLE_CLAIM", "role"), JWTIssuer: env("HKGRAPH_JWT_ISSUER", ""),
		JWTAudience: env("HKGRAPH_JWT_AUDIENCE", ""), PprofAddr: env("HKGRAPH_PPROF_ADDR", ""),
	}
	var err error
	if err = checkNeo4jURI(c.Neo4jURI); err != nil {
		return c, err
	}
	if _, _, e := net.SplitHostPort(c.Addr); e != nil {
		return c, fmt.Errorf("HKGRAPH_ADDR=%q is not host:port (for example 127.0.0.1:8080 or :8080)", c.Addr)
	}
	if _, _, e := net.SplitHostPort(c.PprofAddr); c.PprofAddr != "" && e != nil {
		return c, fmt.Errorf("HKGRAPH_PPROF_ADDR=%q is not host:port (for example 127.0.0.1:6060)", c.PprofAddr)
	}
	if c.QueryTimeout, err = duration(getenv, "HKGRAPH_QUERY_TIMEOUT", 5*time.Second); err != nil {
		return c, err
	}
	if err = oneOf("HKGRAPH_ENV", c.Env, "development", "production"); err != nil {
		return c, err
	}
	if err = oneOf("HKGRAPH_LOG_FORMAT", c.LogFormat, "json", "text"); err != nil {
		return c, err
	}
	if err = oneOf("HKGRAPH_LOG_LEVEL", c.LogLevel, "debug", "info", "warn", "error"); err != nil {
		return c, err
	}
	// Analysts use introspection and GraphiQL; production deployments switch them off unless
	// they ask for them.
	dev := c.Env == "development"
	if c.Introspection, err = boolean(getenv, "HKGRAPH_INTROSPECTION", dev); err != nil {
		return c, err
	}
	if c.GraphiQL, err = boolean(getenv, "HKGRAPH_GRAPHIQL", dev); err != nil {
		return c, err
	}
	if c.BoltPort, err = port(getenv, "NEO4J_BOLT_PORT", 7687); err != nil {
		return c, err
	}
	if c.CORSOrigins, err = origins(getenv("HKGRAPH_CORS_ORIGINS")); err != nil {
		return c, err
	}
	if err = checkJWT(c); err != nil {
		return c, err
	}
	if err = loadLimits(getenv, &c); err != nil {
		return c, err
	}
	return c, nil
}

// loadLimits reads the request limits, rate limits and the trusted-documents and tracing
// settings.
func loadLimits(getenv func(string) string, c *Config) error {
	var err error
	for _, l := range []struct {
		name string
		to   *int
		def  int
	}{
		{"HKGRAPH_MAX_DEPTH", &c.MaxDepth, limits.DefaultMaxDepth},
		{"HKGRAPH_MAX_ALIASES", &c.MaxAliases, limits.DefaultMaxAliases},
		{"HKGRAPH_MAX_DIRECTIVES", &c.MaxDirectives, limits.DefaultMaxDirectives},
		{"HKGRAPH_MAX_TOKENS", &c.MaxTokens, limits.DefaultMaxTokens},
		{"HKGRAPH_MAX_COST", &c.MaxCost, limits.DefaultMaxCost},
		{"HKGRAPH_MAX_DUPLICATE_FIELDS", &c.MaxDuplicateFields, limits.DefaultMaxDuplicateFields},
		{"HKGRAPH_WS_MAX_SUBSCRIPTIONS", &c.MaxSubscriptions, limits.DefaultMaxSubscriptions},
		{"HKGRAPH_WS_MAX_CONNECTIONS", &c.MaxConnections, limits.DefaultMaxConnections},
	} {
		if *l.to, err = count(getenv, l.name, l.def, 1); err != nil {
			return err
		}
	}
	body, err := count(getenv, "HKGRAPH_MAX_BODY_BYTES", limits.DefaultMaxBodyBytes, 1024)
	if err != nil {
		return err
	}
	c.MaxBodyBytes = int64(body)
	if c.RequestTimeout, err = duration(getenv, "HKGRAPH_REQUEST_TIMEOUT", limits.DefaultRequestTimeout); err != nil {
		return err
	}
	if c.RateLimit, err = count(getenv, "HKGRAPH_RATE_LIMIT", limits.DefaultRateLimit, 0); err != nil {
		return err
	}
	if c.RateLimitAuth, err = count(getenv, "HKGRAPH_RATE_LIMIT_AUTHENTICATED", c.RateLimit*limits.AuthenticatedRateFactor, 0); err != nil {
		return err
	}
	if c.TrustedProxies, err = prefixes("HKGRAPH_TRUSTED_PROXIES", getenv("HKGRAPH_TRUSTED_PROXIES")); err != nil {
		return err
	}
	c.TrustedDocuments = strings.TrimSpace(getenv("HKGRAPH_TRUSTED_DOCUMENTS"))
	c.OTel = strings.TrimSpace(getenv("HKGRAPH_OTEL"))
	if c.OTel == "" {
		c.OTel = "off"
	}
	return oneOf("HKGRAPH_OTEL", c.OTel, "off", "stdout", "otlp")
}

// count reads a whole number of at least lo.
func count(getenv func(string) string, name string, def, lo int) (int, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(strings.ReplaceAll(v, "_", ""))
	if err != nil || n < lo || n > math.MaxInt32 {
		return 0, fmt.Errorf("%s=%q must be a whole number from %d to %d", name, v, lo, math.MaxInt32)
	}
	return n, nil
}

// prefixes parses comma-separated IP addresses and CIDR ranges.
func prefixes(name, v string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if p, err := netip.ParsePrefix(s); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(s)
		if err != nil {
			return nil, fmt.Errorf("%s: %q is not an IP address or CIDR range such as 10.0.0.0/8", name, s)
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	return out, nil
}

func checkJWT(c Config) error {
	if c.JWTSecret != "" && len(c.JWTSecret) < MinJWTSecretLen {
		// The secret itself is never echoed.
		return fmt.Errorf("HKGRAPH_JWT_SECRET must be at least %d bytes (it has %d); generate one with `openssl rand -base64 48`",
			MinJWTSecretLen, len(c.JWTSecret))
	}
	if c.JWKSURL != "" {
		u, err := url.Parse(c.JWKSURL)
		if err != nil || u.Host == "" {
			return fmt.Errorf("HKGRAPH_JWKS_URL=%q is not a URL like https://issuer.example/.well-known/jwks.json", c.JWKSURL)
		}
		h := u.Hostname()
		local := h == "127.0.0.1" || h == "localhost" || h == "::1"
		if u.Scheme != "https" && !(u.Scheme == "http" && local) {
			return fmt.Errorf("HKGRAPH_JWKS_URL=%q must be https:// (http:// only to 127.0.0.1 or localhost): keys fetched over plain HTTP could be swapped", c.JWKSURL)
		}
	}
	jwt := c.JWTSecret != "" || c.JWKSURL != ""
	if !jwt && c.JWTIssuer != "" {
		return fmt.Errorf("HKGRAPH_JWT_ISSUER is set but JWTs are not accepted: set HKGRAPH_JWT_SECRET or HKGRAPH_JWKS_URL too")
	}
	if !jwt && c.JWTAudience != "" {
		return fmt.Errorf("HKGRAPH_JWT_AUDIENCE is set but JWTs are not accepted: set HKGRAPH_JWT_SECRET or HKGRAPH_JWKS_URL too")
	}
	if strings.ContainsAny(c.JWTRoleClaim, " \t") {
		return fmt.Errorf("HKGRAPH_JWT_ROLE_CLAIM=%q must be a claim name without spaces, such as role or https://example.com/role", c.JWTRoleClaim)
	}
	return nil
}

// origins parses a comma-separated list of scheme://host[:port] origins.
func origins(v string) ([]string, error) {
	var out []string
	for _, o := range strings.Split(v, ",") {
		if o = strings.TrimSpace(o); o == "" {
			continue
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") {
			return nil, fmt.Errorf("HKGRAPH_CORS_ORIGINS: %q is not an origin such as https://app.example.org", o)
		}
		out = append(out, strings.TrimSuffix(o, "/"))
	}
	return out, nil
}

func checkNeo4jURI(s string) error {
	u, err := url.Parse(s)
	schemes := "bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc"
	if err != nil || u.Host == "" {
		return fmt.Errorf("NEO4J_URI=%q is not a URI like bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io", s)
	}
	switch u.Scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
		return nil
	}
	return fmt.Errorf("NEO4J_URI=%q has scheme %q; use %s", s, u.Scheme, schemes)
}

func oneOf(name, v string, allowed ...string) error {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return fmt.Errorf("%s=%q must be one of %s", name, v, strings.Join(allowed, ", "))
}

func duration(getenv func(string) string, name string, def time.Duration) (time.Duration, error) {
	v := getenv(name)
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%s=%q must be a positive duration such as 5s or 1500ms", name, v)
	}
	return d, nil
}

func boolean(getenv func(string) string, name string, def bool) (bool, error) {
	v := getenv(name)
	if v == "" {
		return def, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("%s=%q must be true or false", name, v)
	}
	return b, nil
}

func port(getenv func(string) string, name string, def int) (int, error) {
	v := getenv(name)
	if v == "" {
		return def, nil
	}
	p, err := strconv.Atoi(v)
	if err != nil || p < 1 || p > 65535 {
		return 0, fmt.Errorf("%s=%q must be a port number from 1 to 65535", name, v)
	}
	return p, nil
}
