#!/bin/sh
# `yarn` for an app that vendors its Yarn release (yarnPath in .yarnrc.yml): runs
# that release with the app's node. This file is .scalingo/node/bin/yarn, three
# levels below the app root, wherever the app lives.
# >>> build-time values (src/nodejs/install-manager.ts: yarnPath, relative to the app root)
yarn_path=''
# <<< build-time values
exec node "$(dirname "$0")/../../../$yarn_path" "$@"
