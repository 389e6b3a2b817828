package com.maemuki.bridgelink.service.cli.status;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Snapshots in the shape of docs/ipc-contract.md, as the service sends them. */
final class SampleSnapshots {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SampleSnapshots() {}

  /** A snapshot as the status command reads it: the contract's record. */
  static SnapshotData typed(JsonNode json) {
    return ContractJson.read(json, SnapshotData.class);
  }

  static JsonNode parse(String json) {
    return JSON.readTree(json.replace('\'', '"'));
  }

  static JsonNode ok() {
    return parse(
        "{'time':'2026-11-24T19:00:00Z','overall':'ok','summary':'Link ok: 1 peer direct',"
            + "'self':{'hostName':'bridge-pc','dnsName':'bridge-pc.tail1234.ts.net',"
            + "'ips':['100.64.0.1','fd7a:115c:a1e0::1'],'backendState':'Running',"
            + "'keyExpiry':'2027-05-01T00:00:00Z','magicDnsEnabled':true,"
            + "'magicDnsSuffix':'tail1234.ts.net'},"
            + "'peers':[{'name':'bridge-peer','host':'bridge-peer','dnsName':'bridge-peer.tail1234.ts.net',"
            + "'ips':['100.64.0.2'],'online':true,'path':'direct','derpRegion':'fra',"
            + "'latencyMs':12.5,'lastProbe':'2026-11-24T18:59:58Z',"
            + "'probes':[{'port':3389,'ok':true,'latencyMs':3.1,'error':null}]}],"
            + "'findings':[],"
            + "'sources':[{'name':'localapi-status','ok':true,'error':null,'lastRun':'2026-11-24T18:59:58Z'}]}");
  }

  static JsonNode degraded() {
    return parse(
        "{'time':'2026-11-24T19:00:00Z','overall':'degraded',"
            + "'summary':'Link degraded: bridge-peer relayed via fra',"
            + "'self':{'hostName':'bridge-pc','ips':['100.64.0.1'],'backendState':'Running'},"
            + "'peers':[{'name':'bridge-peer','ips':['100.64.0.2'],'online':true,'path':'derp',"
            + "'derpRegion':'fra','latencyMs':48.25,"
            + "'probes':[{'port':3389,'ok':true,'latencyMs':51.0,'error':null},"
            + "{'port':8080,'ok':false,'latencyMs':null,'error':'connection refused'}]}],"
            + "'findings':[{'code':'path-relayed','severity':'warning','subject':'bridge-peer',"
            + "'title':'The link to bridge-peer is relayed','detail':'Traffic goes through DERP fra.',"
            + "'remedy':'Allow UDP 41641 inbound on this machine.','repair':'open-inbound-port',"
            + "'fixer':'service','since':'2026-11-24T18:50:00Z'}],'sources':[]}");
  }

  static JsonNode down() {
    return parse(
        "{'time':'2026-11-24T19:00:00Z','overall':'down','summary':'Link down: bridge-peer offline',"
            + "'self':{'hostName':'bridge-pc','ips':[],'backendState':'Running'},"
            + "'peers':[{'name':'bridge-peer','ips':['100.64.0.2'],'online':false,'path':'unknown',"
            + "'derpRegion':null,'latencyMs':null,'probes':[]}],"
            + "'findings':[{'code':'peer-offline','severity':'critical','subject':'bridge-peer',"
            + "'title':'The shared computer is offline','detail':null,"
            + "'remedy':'Ask its owner to check that the computer is on.','repair':null,"
            + "'fixer':'peer-owner','since':'2026-11-24T18:40:00Z'},"
            + "{'code':'key-expiring','severity':'info','subject':null,'title':'Key expires soon',"
            + "'detail':'In 5 days.','remedy':'Re-authenticate.','repair':null,'fixer':'tray-user',"
            + "'since':null}],"
            + "'sources':[{'name':'localapi-status','ok':false,'error':'connection refused',"
            + "'lastRun':null}]}");
  }
}
