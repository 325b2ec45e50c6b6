// GitHub Action entry point (scaffold; the gate lands with issue 6).
import * as core from '@actions/core';

core.setFailed('ethos-gate action: not implemented yet');
