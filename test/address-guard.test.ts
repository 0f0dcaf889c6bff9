import { test } from "node:test";
import assert from "node:assert/strict";
import { blockedReason } from "../src/read/address-guard.js";

const BLOCKED = ["127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255",
  "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "ff02::1"];
const ALLOWED = ["8.8.8.8", "1.1.1.1", "172.32.0.1", "192.169.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"];

test("private, loopback, link-local and reserved addresses are blocked", () => {
  for (const ip of BLOCKED) assert.ok(blockedReason(ip), ip);
});
test("public addresses are allowed", () => {
  for (const ip of ALLOWED) assert.equal(blockedReason(ip), null, ip);
});
