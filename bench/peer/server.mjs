// The peer in hkgraph's benchmark: @neo4j/graphql 7 on Apollo Server (standalone), over the
// same Neo4j and data as hkgraph, configured as the library's documentation recommends for
// production: deprecated fields excluded, no mutations generated, the schema built once at
// start-up, one driver with its default pool, introspection off.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4000 node server.mjs
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PORT ?? 4000);
const auth = process.env.NEO4J_PASSWORD
  ? neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD)
  : undefined;
const driver = neo4j.driver(uri, auth);

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const neoSchema = new Neo4jGraphQL({
  typeDefs,
  driver,
  features: {
    excludeDeprecatedFields: {
      mutationOperations: true,
      aggregationFilters: true,
      aggregationFiltersOutsideConnection: true,
      relationshipFilters: true,
      attributeFilters: true,
    },
  },
});
const schema = await neoSchema.getSchema();
const server = new ApolloServer({ schema, introspection: false });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port },
});
console.log(`READY ${url}`);

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
