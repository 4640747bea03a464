package cli

import (
	"context"
	"errors"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/hkgraph/hkgraph/auth"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

const apikeyUsage = `usage:
  hkgraph apikey create --role editor|admin --name NAME   print a new key (shown once) on stdout
  hkgraph apikey list                                     list keys: name, role, prefix, created, revoked
  hkgraph apikey revoke NAME                              revoke the active key called NAME`

func runAPIKey(ctx context.Context, a *App, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(a.Stderr, apikeyUsage)
		return errors.New("apikey: say create, list or revoke")
	}
	sub, args := args[0], args[1:]
	var run func(context.Context, *App, []string) error
	switch sub {
	case "create":
		run = apikeyCreate
	case "list":
		run = apikeyList
	case "revoke":
		run = apikeyRevoke
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(a.Stderr, apikeyUsage)
		return nil
	default:
		fmt.Fprintln(a.Stderr, apikeyUsage)
		return fmt.Errorf("apikey: unknown subcommand %q; say create, list or revoke", sub)
	}
	// Each subcommand checks its arguments before it connects.
	return run(ctx, a, args)
}

// apikeyStore connects, migrates (so the ApiKey constraint exists) and returns the store and
// a function closing the driver.
func apikeyStore(ctx context.Context, a *App) (*neo4jstore.Store, func(), error) {
	d, err := a.connect(ctx, 60*time.Second)
	if err != nil {
		return nil, nil, err
	}
	closeFn := func() { _ = d.Close(context.Background()) }
	st := a.loaderStore(d)
	if err := st.Migrate(ctx, a.Log); err != nil {
		closeFn()
		return nil, nil, err
	}
	return st, closeFn, nil
}

func apikeyCreate(ctx context.Context, a *App, args []string) error {
	fs := newFlags("apikey create", a)
	name := fs.String("name", "", "the key's unique name, e.g. the client it is for (letters, digits, . _ -; up to 64)")
	role := fs.String("role", "", "what the key may do: editor (read and write) or admin (also audit and keys)")
	fs.Usage = func() {
		fmt.Fprintln(a.Stderr, "usage: hkgraph apikey create --role editor|admin --name NAME\n\nPrints the new key alone on stdout; it is shown only this once (only its hash is stored).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("apikey create: unexpected argument %q", fs.Arg(0))
	}
	if err := kg.ValidateAPIKey(*name, *role); err != nil {
		return err
	}
	key, hash, prefix, err := auth.NewAPIKey()
	if err != nil {
		return err
	}
	st, closeFn, err := apikeyStore(ctx, a)
	if err != nil {
		return err
	}
	defer closeFn()
	if err := st.CreateAPIKey(ctx, *name, *role, hash, prefix); err != nil {
		return err
	}
	a.Log.Info("API key created; it is shown once, on stdout: store it now", "name", *name, "role", *role, "prefix", prefix)
	_, err = fmt.Fprintln(a.Stdout, key)
	return err
}

func apikeyList(ctx context.Context, a *App, args []string) error {
	fs := newFlags("apikey list", a)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("apikey list: unexpected argument %q", fs.Arg(0))
	}
	st, closeFn, err := apikeyStore(ctx, a)
	if err != nil {
		return err
	}
	defer closeFn()
	keys, err := st.APIKeys(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tROLE\tPREFIX\tCREATED\tREVOKED")
	for _, k := range keys {
		revoked := "-"
		if k.RevokedAt != nil {
			revoked = *k.RevokedAt
		}
		fmt.Fprintf(tw, "%s\t%s\t%s%s\t%s\t%s\n", k.Name, k.Role, auth.KeyPrefix, k.Prefix, k.CreatedAt, revoked)
	}
	return tw.Flush()
}

func apikeyRevoke(ctx context.Context, a *App, args []string) error {
	fs := newFlags("apikey revoke", a)
	fs.Usage = func() { fmt.Fprintln(a.Stderr, "usage: hkgraph apikey revoke NAME") }
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errors.New("apikey revoke: give the name of one key (see hkgraph apikey list)")
	}
	name := fs.Arg(0)
	if err := kg.ValidateAPIKeyName(name); err != nil {
		return err
	}
	st, closeFn, err := apikeyStore(ctx, a)
	if err != nil {
		return err
	}
	defer closeFn()
	ok, err := st.RevokeAPIKey(ctx, name)
	if err != nil {
		return err
	}
	if !ok {
		return kg.Errorf(kg.CodeNotFound, "there is no active API key named %q (see hkgraph apikey list)", name)
	}
	a.Log.Info("API key revoked; servers refuse it within seconds (their cache TTL)", "name", name)
	return nil
}
