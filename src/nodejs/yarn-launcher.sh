#!/bin/sh
# `yarn` for an app that vendors its Yarn release (yarnPath in .yarnrc.yml): runs
# that release with the app's node. This file is <node home>/bin/yarn (src/layout),
# app_root leads from there back to the app root, wherever the app lives.
# >>> build-time values (src/nodejs/install-manager.ts: yarnPath, relative to the app root)
app_root=''
yarn_path=''
# <<< build-time values
exec node "$(dirname "$0")/$app_root/$yarn_path" "$@"
