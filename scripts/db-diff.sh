#!/usr/bin/env bash
# The SQL that turns the committed migrations into prisma/schema.prisma (see the README).
exec prisma migrate diff --script --from-migrations prisma/migrations \
  --to-schema-datamodel prisma/schema.prisma
