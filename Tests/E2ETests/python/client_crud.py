"""CRUD and a watch stream through the official Kubernetes Python client against a running apus server.

Usage: python3 client_crud.py KUBECONFIG. Exits non-zero (with a message) on any mismatch.
"""
import sys
import threading
import time

from kubernetes import client, config, watch
from kubernetes.client.rest import ApiException


def check(cond, msg):
    if not cond:
        print("FAILED: " + msg, file=sys.stderr)
        sys.exit(1)


def main():
    config.load_kube_config(config_file=sys.argv[1])
    v1 = client.CoreV1Api()
    apps = client.AppsV1Api()
    version = client.VersionApi().get_code()
    check(version.git_version.startswith("v1.33"), "version " + version.git_version)

    ns = "pyclient"
    v1.create_namespace(client.V1Namespace(metadata=client.V1ObjectMeta(name=ns)))

    events = []
    ready = threading.Event()

    def watcher():
        w = watch.Watch()
        ready.set()
        for ev in w.stream(v1.list_namespaced_config_map, namespace=ns, timeout_seconds=20):
            events.append((ev["type"], ev["object"].metadata.name, ev["object"].data))
            if ev["type"] == "DELETED":
                w.stop()

    t = threading.Thread(target=watcher, daemon=True)
    t.start()
    ready.wait()
    time.sleep(0.5)

    cm = client.V1ConfigMap(metadata=client.V1ObjectMeta(name="conf", labels={"app": "py"}), data={"k": "v1"})
    created = v1.create_namespaced_config_map(ns, cm)
    check(created.metadata.uid, "uid set on create")
    got = v1.read_namespaced_config_map("conf", ns)
    check(got.data == {"k": "v1"}, "read data")
    got.data["k"] = "v2"
    replaced = v1.replace_namespaced_config_map("conf", ns, got)
    check(int(replaced.metadata.resource_version) > int(created.metadata.resource_version), "rv grows")
    patched = v1.patch_namespaced_config_map("conf", ns, {"data": {"extra": "x"}})
    check(patched.data == {"k": "v2", "extra": "x"}, "patched data %r" % patched.data)

    # A stale update is a 409 Conflict.
    got.metadata.resource_version = created.metadata.resource_version
    try:
        v1.replace_namespaced_config_map("conf", ns, got)
        check(False, "stale update accepted")
    except ApiException as e:
        check(e.status == 409, "stale update status %d" % e.status)

    listed = v1.list_namespaced_config_map(ns, label_selector="app=py")
    check([i.metadata.name for i in listed.items] == ["conf"], "list by label")

    dep = client.V1Deployment(
        metadata=client.V1ObjectMeta(name="web"),
        spec=client.V1DeploymentSpec(
            replicas=2,
            selector=client.V1LabelSelector(match_labels={"app": "web"}),
            template=client.V1PodTemplateSpec(
                metadata=client.V1ObjectMeta(labels={"app": "web"}),
                spec=client.V1PodSpec(containers=[client.V1Container(name="c", image="busybox:1.36")]),
            ),
        ),
    )
    d = apps.create_namespaced_deployment(ns, dep)
    check(d.spec.strategy.type == "RollingUpdate", "deployment defaults")
    scale = apps.read_namespaced_deployment_scale("web", ns)
    check(scale.spec.replicas == 2, "scale read")
    apps.patch_namespaced_deployment_scale("web", ns, {"spec": {"replicas": 5}})
    check(apps.read_namespaced_deployment("web", ns).spec.replicas == 5, "scale patch")
    apps.delete_namespaced_deployment("web", ns)

    v1.delete_namespaced_config_map("conf", ns)
    try:
        v1.read_namespaced_config_map("conf", ns)
        check(False, "deleted object still readable")
    except ApiException as e:
        check(e.status == 404, "read after delete status %d" % e.status)

    t.join(timeout=15)
    types = [e[0] for e in events]
    check(types == ["ADDED", "MODIFIED", "MODIFIED", "DELETED"], "watch events %r" % types)
    check(events[0][2] == {"k": "v1"} and events[2][2] == {"k": "v2", "extra": "x"}, "watch objects %r" % events)
    print("python client: ok")


if __name__ == "__main__":
    main()
