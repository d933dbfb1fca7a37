package org.cablegate.deploy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import java.util.List;
import java.util.Map;

/**
 * Whether a connection is let in by a set of NetworkPolicies, by the rules of networking.k8s.io/v1 (ingress only,
 * which is all k8s/ declares): a pod no policy selects accepts everything; a selected pod accepts what any rule of
 * any policy selecting it allows. ipBlock peers allow nothing here (k8s/ has none).
 */
final class NetworkAccess {

    /** A pod: its namespace, that namespace's labels, its own labels. */
    record Pod(String namespace, Map<String, String> namespaceLabels, Map<String, String> labels) {

        static Pod in(String namespace, Map<String, String> labels) {
            return new Pod(namespace, Map.of("kubernetes.io/metadata.name", namespace), labels);
        }
    }

    private final List<NetworkPolicy> policies;

    NetworkAccess(List<NetworkPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    boolean allows(Pod from, Pod to, int port, String protocol) {
        var selecting = policies.stream()
                .filter(p -> to.namespace().equals(p.getMetadata().getNamespace()))
                .filter(p -> matches(p.getSpec().getPodSelector(), to.labels()))
                .filter(NetworkAccess::governsIngress)
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().flatMap(p -> p.getSpec().getIngress().stream()).anyMatch(rule ->
                (rule.getFrom().isEmpty() || rule.getFrom().stream().anyMatch(peer -> admits(peer, from, to)))
                        && (rule.getPorts().isEmpty() || rule.getPorts().stream().anyMatch(p -> opens(p, port, protocol))));
    }

    private static boolean governsIngress(NetworkPolicy policy) {
        var types = policy.getSpec().getPolicyTypes();
        return types == null || types.isEmpty() || types.contains("Ingress");
    }

    private static boolean admits(NetworkPolicyPeer peer, Pod from, Pod to) {
        if (peer.getIpBlock() != null) {
            return false;
        }
        var namespaceOk = peer.getNamespaceSelector() == null
                ? from.namespace().equals(to.namespace())
                : matches(peer.getNamespaceSelector(), from.namespaceLabels());
        var podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), from.labels());
        return namespaceOk && podOk;
    }

    private static boolean opens(NetworkPolicyPort rulePort, int port, String protocol) {
        var ruleProtocol = rulePort.getProtocol() == null ? "TCP" : rulePort.getProtocol();
        if (!ruleProtocol.equals(protocol)) {
            return false;
        }
        if (rulePort.getPort() == null) {
            return true;
        }
        var first = rulePort.getPort().getIntVal();
        if (first == null) {
            throw new IllegalArgumentException("named ports are not evaluated: " + rulePort.getPort().getStrVal());
        }
        var last = rulePort.getEndPort() == null ? first : rulePort.getEndPort();
        return port >= first && port <= last;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null) {
            for (var e : selector.getMatchLabels().entrySet()) {
                if (!e.getValue().equals(labels.get(e.getKey()))) {
                    return false;
                }
            }
        }
        for (var expression : selector.getMatchExpressions()) {
            var value = labels.get(expression.getKey());
            var ok = switch (expression.getOperator()) {
                case "In" -> value != null && expression.getValues().contains(value);
                case "NotIn" -> value == null || !expression.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator " + expression.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
