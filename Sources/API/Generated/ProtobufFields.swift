// GENERATED FILE: do not edit.
// Written by scripts/generate-protobuf-fields.py from the generated.proto files and Go struct tags of
// k8s.io/api and k8s.io/apimachinery v0.33.0, checked against the JSON Schema definitions of the PyPI
// package kubernetes-validate (v1.33.0). It holds field numbers and names only. Regenerate with:
//
//     git clone --depth 1 --branch v0.33.0 https://github.com/kubernetes/api /tmp/k8s-api
//     git clone --depth 1 --branch v0.33.0 https://github.com/kubernetes/apimachinery /tmp/k8s-apimachinery
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-protobuf-fields.py \
//         /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl /tmp/k8s-api /tmp/k8s-apimachinery

/// The protobuf field numbers of the built-in kinds (see scripts/generate-protobuf-fields.py for the form).
public enum ProtobufFields {
    /// The Kubernetes version the table describes.
    public static let kubernetesVersion = "v1.33.0"

    /// Number of messages in ``table``.
    public static let messageCount = 683

    /// Number of fields in ``table``.
    public static let fieldCount = 2369

    /// One message a line: `DEFINITION NUMBER=JSONNAME:TYPE[FLAGS] ...`.
    public static let table = #"""
io.k8s.api.admissionregistration.v1.AuditAnnotation 1=key:string 2=valueExpression:string
io.k8s.api.admissionregistration.v1.ExpressionWarning 2=fieldRef:string 3=warning:string
io.k8s.api.admissionregistration.v1.MatchCondition 1=name:string 2=expression:string
io.k8s.api.admissionregistration.v1.MatchResources 1=namespaceSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 2=objectSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 3=resourceRules:NamedRuleWithOperations* 4=excludeResourceRules:NamedRuleWithOperations* 7=matchPolicy:string
io.k8s.api.admissionregistration.v1.MutatingWebhook 1=name:string 2=clientConfig:WebhookClientConfig 3=rules:RuleWithOperations* 4=failurePolicy:string 5=namespaceSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 6=sideEffects:string 7=timeoutSeconds:int32 8=admissionReviewVersions:string* 9=matchPolicy:string 10=reinvocationPolicy:string 11=objectSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 12=matchConditions:MatchCondition*
io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=webhooks:MutatingWebhook*
io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:MutatingWebhookConfiguration*
io.k8s.api.admissionregistration.v1.NamedRuleWithOperations 1=resourceNames:string* 2=:RuleWithOperations
io.k8s.api.admissionregistration.v1.ParamKind 1=apiVersion:string? 2=kind:string?
io.k8s.api.admissionregistration.v1.ParamRef 1=name:string? 2=namespace:string? 3=selector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 4=parameterNotFoundAction:string
io.k8s.api.admissionregistration.v1.Rule 1=apiGroups:string* 2=apiVersions:string* 3=resources:string* 4=scope:string
io.k8s.api.admissionregistration.v1.RuleWithOperations 1=operations:string* 2=:Rule
io.k8s.api.admissionregistration.v1.ServiceReference 1=namespace:string 2=name:string 3=path:string 4=port:int32
io.k8s.api.admissionregistration.v1.TypeChecking 1=expressionWarnings:ExpressionWarning*
io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicy 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ValidatingAdmissionPolicySpec 3=status:ValidatingAdmissionPolicyStatus
io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyBinding 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ValidatingAdmissionPolicyBindingSpec
io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyBindingList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ValidatingAdmissionPolicyBinding*
io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec 1=policyName:string? 2=paramRef:ParamRef 3=matchResources:MatchResources 4=validationActions:string*
io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ValidatingAdmissionPolicy*
io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicySpec 1=paramKind:ParamKind 2=matchConstraints:MatchResources 3=validations:Validation* 4=failurePolicy:string 5=auditAnnotations:AuditAnnotation* 6=matchConditions:MatchCondition* 7=variables:Variable*
io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyStatus 1=observedGeneration:int64? 2=typeChecking:TypeChecking 3=conditions:io.k8s.apimachinery.pkg.apis.meta.v1.Condition*
io.k8s.api.admissionregistration.v1.ValidatingWebhook 1=name:string 2=clientConfig:WebhookClientConfig 3=rules:RuleWithOperations* 4=failurePolicy:string 5=namespaceSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 6=sideEffects:string 7=timeoutSeconds:int32 8=admissionReviewVersions:string* 9=matchPolicy:string 10=objectSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 11=matchConditions:MatchCondition*
io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=webhooks:ValidatingWebhook*
io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ValidatingWebhookConfiguration*
io.k8s.api.admissionregistration.v1.Validation 1=expression:string 2=message:string? 3=reason:string 4=messageExpression:string?
io.k8s.api.admissionregistration.v1.Variable 1=name:string 2=expression:string
io.k8s.api.admissionregistration.v1.WebhookClientConfig 1=service:ServiceReference 2=caBundle:bytes? 3=url:string
io.k8s.api.admissionregistration.v1alpha1.ApplyConfiguration 1=expression:string?
io.k8s.api.admissionregistration.v1alpha1.JSONPatch 1=expression:string?
io.k8s.api.admissionregistration.v1alpha1.MatchCondition 1=name:string 2=expression:string
io.k8s.api.admissionregistration.v1alpha1.MatchResources 1=namespaceSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 2=objectSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 3=resourceRules:NamedRuleWithOperations* 4=excludeResourceRules:NamedRuleWithOperations* 7=matchPolicy:string
io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicy 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:MutatingAdmissionPolicySpec
io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyBinding 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:MutatingAdmissionPolicyBindingSpec
io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyBindingList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:MutatingAdmissionPolicyBinding*
io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyBindingSpec 1=policyName:string? 2=paramRef:ParamRef 3=matchResources:MatchResources
io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:MutatingAdmissionPolicy*
io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec 1=paramKind:ParamKind 2=matchConstraints:MatchResources 3=variables:Variable* 4=mutations:Mutation* 5=failurePolicy:string 6=matchConditions:MatchCondition* 7=reinvocationPolicy:string?
io.k8s.api.admissionregistration.v1alpha1.Mutation 2=patchType:string 3=applyConfiguration:ApplyConfiguration 4=jsonPatch:JSONPatch
io.k8s.api.admissionregistration.v1alpha1.NamedRuleWithOperations 1=resourceNames:string* 2=:io.k8s.api.admissionregistration.v1.RuleWithOperations
io.k8s.api.admissionregistration.v1alpha1.ParamKind 1=apiVersion:string? 2=kind:string?
io.k8s.api.admissionregistration.v1alpha1.ParamRef 1=name:string? 2=namespace:string? 3=selector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 4=parameterNotFoundAction:string
io.k8s.api.admissionregistration.v1alpha1.Variable 1=name:string 2=expression:string
io.k8s.api.admissionregistration.v1beta1.AuditAnnotation 1=key:string 2=valueExpression:string
io.k8s.api.admissionregistration.v1beta1.ExpressionWarning 2=fieldRef:string 3=warning:string
io.k8s.api.admissionregistration.v1beta1.MatchCondition 1=name:string 2=expression:string
io.k8s.api.admissionregistration.v1beta1.MatchResources 1=namespaceSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 2=objectSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 3=resourceRules:NamedRuleWithOperations* 4=excludeResourceRules:NamedRuleWithOperations* 7=matchPolicy:string
io.k8s.api.admissionregistration.v1beta1.NamedRuleWithOperations 1=resourceNames:string* 2=:io.k8s.api.admissionregistration.v1.RuleWithOperations
io.k8s.api.admissionregistration.v1beta1.ParamKind 1=apiVersion:string? 2=kind:string?
io.k8s.api.admissionregistration.v1beta1.ParamRef 1=name:string? 2=namespace:string? 3=selector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 4=parameterNotFoundAction:string
io.k8s.api.admissionregistration.v1beta1.TypeChecking 1=expressionWarnings:ExpressionWarning*
io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicy 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ValidatingAdmissionPolicySpec 3=status:ValidatingAdmissionPolicyStatus
io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyBinding 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ValidatingAdmissionPolicyBindingSpec
io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyBindingList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ValidatingAdmissionPolicyBinding*
io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyBindingSpec 1=policyName:string? 2=paramRef:ParamRef 3=matchResources:MatchResources 4=validationActions:string*
io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ValidatingAdmissionPolicy*
io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicySpec 1=paramKind:ParamKind 2=matchConstraints:MatchResources 3=validations:Validation* 4=failurePolicy:string 5=auditAnnotations:AuditAnnotation* 6=matchConditions:MatchCondition* 7=variables:Variable*
io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyStatus 1=observedGeneration:int64? 2=typeChecking:TypeChecking 3=conditions:io.k8s.apimachinery.pkg.apis.meta.v1.Condition*
io.k8s.api.admissionregistration.v1beta1.Validation 1=expression:string 2=message:string? 3=reason:string 4=messageExpression:string?
io.k8s.api.admissionregistration.v1beta1.Variable 1=name:string 2=expression:string
io.k8s.api.apiserverinternal.v1alpha1.ServerStorageVersion 1=apiServerID:string? 2=encodingVersion:string? 3=decodableVersions:string* 4=servedVersions:string*
io.k8s.api.apiserverinternal.v1alpha1.StorageVersion 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:StorageVersionSpec 3=status:StorageVersionStatus
io.k8s.api.apiserverinternal.v1alpha1.StorageVersionCondition 1=type:string 2=status:string 3=observedGeneration:int64? 4=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 5=reason:string 6=message:string?
io.k8s.api.apiserverinternal.v1alpha1.StorageVersionList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:StorageVersion*
io.k8s.api.apiserverinternal.v1alpha1.StorageVersionSpec
io.k8s.api.apiserverinternal.v1alpha1.StorageVersionStatus 1=storageVersions:ServerStorageVersion* 2=commonEncodingVersion:string 3=conditions:StorageVersionCondition*
io.k8s.api.apps.v1.ControllerRevision 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=data:io.k8s.apimachinery.pkg.runtime.RawExtension 3=revision:int64
io.k8s.api.apps.v1.ControllerRevisionList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ControllerRevision*
io.k8s.api.apps.v1.DaemonSet 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:DaemonSetSpec 3=status:DaemonSetStatus
io.k8s.api.apps.v1.DaemonSetCondition 1=type:string 2=status:string 3=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=reason:string? 5=message:string?
io.k8s.api.apps.v1.DaemonSetList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:DaemonSet*
io.k8s.api.apps.v1.DaemonSetSpec 1=selector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 2=template:io.k8s.api.core.v1.PodTemplateSpec 3=updateStrategy:DaemonSetUpdateStrategy 4=minReadySeconds:int32? 6=revisionHistoryLimit:int32
io.k8s.api.apps.v1.DaemonSetStatus 1=currentNumberScheduled:int32 2=numberMisscheduled:int32 3=desiredNumberScheduled:int32 4=numberReady:int32 5=observedGeneration:int64? 6=updatedNumberScheduled:int32? 7=numberAvailable:int32? 8=numberUnavailable:int32? 9=collisionCount:int32 10=conditions:DaemonSetCondition*
io.k8s.api.apps.v1.DaemonSetUpdateStrategy 1=type:string? 2=rollingUpdate:RollingUpdateDaemonSet
io.k8s.api.apps.v1.Deployment 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:DeploymentSpec 3=status:DeploymentStatus
io.k8s.api.apps.v1.DeploymentCondition 1=type:string 2=status:string 4=reason:string? 5=message:string? 6=lastUpdateTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 7=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time
io.k8s.api.apps.v1.DeploymentList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Deployment*
io.k8s.api.apps.v1.DeploymentSpec 1=replicas:int32 2=selector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 3=template:io.k8s.api.core.v1.PodTemplateSpec 4=strategy:DeploymentStrategy 5=minReadySeconds:int32? 6=revisionHistoryLimit:int32 7=paused:bool? 9=progressDeadlineSeconds:int32
io.k8s.api.apps.v1.DeploymentStatus 1=observedGeneration:int64? 2=replicas:int32? 3=updatedReplicas:int32? 4=availableReplicas:int32? 5=unavailableReplicas:int32? 6=conditions:DeploymentCondition* 7=readyReplicas:int32? 8=collisionCount:int32 9=terminatingReplicas:int32
io.k8s.api.apps.v1.DeploymentStrategy 1=type:string? 2=rollingUpdate:RollingUpdateDeployment
io.k8s.api.apps.v1.ReplicaSet 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ReplicaSetSpec 3=status:ReplicaSetStatus
io.k8s.api.apps.v1.ReplicaSetCondition 1=type:string 2=status:string 3=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=reason:string? 5=message:string?
io.k8s.api.apps.v1.ReplicaSetList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ReplicaSet*
io.k8s.api.apps.v1.ReplicaSetSpec 1=replicas:int32 2=selector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 3=template:io.k8s.api.core.v1.PodTemplateSpec 4=minReadySeconds:int32?
io.k8s.api.apps.v1.ReplicaSetStatus 1=replicas:int32 2=fullyLabeledReplicas:int32? 3=observedGeneration:int64? 4=readyReplicas:int32? 5=availableReplicas:int32? 6=conditions:ReplicaSetCondition* 7=terminatingReplicas:int32
io.k8s.api.apps.v1.RollingUpdateDaemonSet 1=maxUnavailable:io.k8s.apimachinery.pkg.util.intstr.IntOrString 2=maxSurge:io.k8s.apimachinery.pkg.util.intstr.IntOrString
io.k8s.api.apps.v1.RollingUpdateDeployment 1=maxUnavailable:io.k8s.apimachinery.pkg.util.intstr.IntOrString 2=maxSurge:io.k8s.apimachinery.pkg.util.intstr.IntOrString
io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy 1=partition:int32 2=maxUnavailable:io.k8s.apimachinery.pkg.util.intstr.IntOrString
io.k8s.api.apps.v1.StatefulSet 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:StatefulSetSpec 3=status:StatefulSetStatus
io.k8s.api.apps.v1.StatefulSetCondition 1=type:string 2=status:string 3=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=reason:string? 5=message:string?
io.k8s.api.apps.v1.StatefulSetList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:StatefulSet*
io.k8s.api.apps.v1.StatefulSetOrdinals 1=start:int32
io.k8s.api.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy 1=whenDeleted:string? 2=whenScaled:string?
io.k8s.api.apps.v1.StatefulSetSpec 1=replicas:int32 2=selector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 3=template:io.k8s.api.core.v1.PodTemplateSpec 4=volumeClaimTemplates:io.k8s.api.core.v1.PersistentVolumeClaim* 5=serviceName:string 6=podManagementPolicy:string? 7=updateStrategy:StatefulSetUpdateStrategy 8=revisionHistoryLimit:int32 9=minReadySeconds:int32? 10=persistentVolumeClaimRetentionPolicy:StatefulSetPersistentVolumeClaimRetentionPolicy 11=ordinals:StatefulSetOrdinals
io.k8s.api.apps.v1.StatefulSetStatus 1=observedGeneration:int64? 2=replicas:int32 3=readyReplicas:int32? 4=currentReplicas:int32? 5=updatedReplicas:int32? 6=currentRevision:string? 7=updateRevision:string? 9=collisionCount:int32 10=conditions:StatefulSetCondition* 11=availableReplicas:int32
io.k8s.api.apps.v1.StatefulSetUpdateStrategy 1=type:string? 2=rollingUpdate:RollingUpdateStatefulSetStrategy
io.k8s.api.authentication.v1.BoundObjectReference 1=kind:string? 2=apiVersion:string? 3=name:string? 4=uid:string?
io.k8s.api.authentication.v1.ExtraValue [] 1=items:string*
io.k8s.api.authentication.v1.SelfSubjectReview 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=status:SelfSubjectReviewStatus
io.k8s.api.authentication.v1.SelfSubjectReviewStatus 1=userInfo:UserInfo
io.k8s.api.authentication.v1.TokenRequest 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:TokenRequestSpec 3=status:TokenRequestStatus
io.k8s.api.authentication.v1.TokenRequestSpec 1=audiences:string* 3=boundObjectRef:BoundObjectReference 4=expirationSeconds:int64
io.k8s.api.authentication.v1.TokenRequestStatus 1=token:string 2=expirationTimestamp:io.k8s.apimachinery.pkg.apis.meta.v1.Time
io.k8s.api.authentication.v1.TokenReview 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:TokenReviewSpec 3=status:TokenReviewStatus
io.k8s.api.authentication.v1.TokenReviewSpec 1=token:string? 2=audiences:string*
io.k8s.api.authentication.v1.TokenReviewStatus 1=authenticated:bool? 2=user:UserInfo 3=error:string? 4=audiences:string*
io.k8s.api.authentication.v1.UserInfo 1=username:string? 2=uid:string? 3=groups:string* 4=extra:map<string,ExtraValue>
io.k8s.api.authorization.v1.ExtraValue [] 1=items:string*
io.k8s.api.authorization.v1.FieldSelectorAttributes 1=rawSelector:string? 2=requirements:io.k8s.apimachinery.pkg.apis.meta.v1.FieldSelectorRequirement*
io.k8s.api.authorization.v1.LabelSelectorAttributes 1=rawSelector:string? 2=requirements:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement*
io.k8s.api.authorization.v1.LocalSubjectAccessReview 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:SubjectAccessReviewSpec 3=status:SubjectAccessReviewStatus
io.k8s.api.authorization.v1.NonResourceAttributes 1=path:string? 2=verb:string?
io.k8s.api.authorization.v1.NonResourceRule 1=verbs:string* 2=nonResourceURLs:string*
io.k8s.api.authorization.v1.ResourceAttributes 1=namespace:string? 2=verb:string? 3=group:string? 4=version:string? 5=resource:string? 6=subresource:string? 7=name:string? 8=fieldSelector:FieldSelectorAttributes 9=labelSelector:LabelSelectorAttributes
io.k8s.api.authorization.v1.ResourceRule 1=verbs:string* 2=apiGroups:string* 3=resources:string* 4=resourceNames:string*
io.k8s.api.authorization.v1.SelfSubjectAccessReview 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:SelfSubjectAccessReviewSpec 3=status:SubjectAccessReviewStatus
io.k8s.api.authorization.v1.SelfSubjectAccessReviewSpec 1=resourceAttributes:ResourceAttributes 2=nonResourceAttributes:NonResourceAttributes
io.k8s.api.authorization.v1.SelfSubjectRulesReview 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:SelfSubjectRulesReviewSpec 3=status:SubjectRulesReviewStatus
io.k8s.api.authorization.v1.SelfSubjectRulesReviewSpec 1=namespace:string?
io.k8s.api.authorization.v1.SubjectAccessReview 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:SubjectAccessReviewSpec 3=status:SubjectAccessReviewStatus
io.k8s.api.authorization.v1.SubjectAccessReviewSpec 1=resourceAttributes:ResourceAttributes 2=nonResourceAttributes:NonResourceAttributes 3=user:string? 4=groups:string* 5=extra:map<string,ExtraValue> 6=uid:string?
io.k8s.api.authorization.v1.SubjectAccessReviewStatus 1=allowed:bool 2=reason:string? 3=evaluationError:string? 4=denied:bool?
io.k8s.api.authorization.v1.SubjectRulesReviewStatus 1=resourceRules:ResourceRule* 2=nonResourceRules:NonResourceRule* 3=incomplete:bool 4=evaluationError:string?
io.k8s.api.autoscaling.v1.CrossVersionObjectReference 1=kind:string 2=name:string 3=apiVersion:string?
io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:HorizontalPodAutoscalerSpec 3=status:HorizontalPodAutoscalerStatus
io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:HorizontalPodAutoscaler*
io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec 1=scaleTargetRef:CrossVersionObjectReference 2=minReplicas:int32 3=maxReplicas:int32 4=targetCPUUtilizationPercentage:int32
io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatus 1=observedGeneration:int64 2=lastScaleTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 3=currentReplicas:int32 4=desiredReplicas:int32 5=currentCPUUtilizationPercentage:int32
io.k8s.api.autoscaling.v1.Scale 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ScaleSpec 3=status:ScaleStatus
io.k8s.api.autoscaling.v1.ScaleSpec 1=replicas:int32?
io.k8s.api.autoscaling.v1.ScaleStatus 1=replicas:int32 2=selector:string?
io.k8s.api.autoscaling.v2.ContainerResourceMetricSource 1=name:string 2=target:MetricTarget 3=container:string
io.k8s.api.autoscaling.v2.ContainerResourceMetricStatus 1=name:string 2=current:MetricValueStatus 3=container:string
io.k8s.api.autoscaling.v2.CrossVersionObjectReference 1=kind:string 2=name:string 3=apiVersion:string?
io.k8s.api.autoscaling.v2.ExternalMetricSource 1=metric:MetricIdentifier 2=target:MetricTarget
io.k8s.api.autoscaling.v2.ExternalMetricStatus 1=metric:MetricIdentifier 2=current:MetricValueStatus
io.k8s.api.autoscaling.v2.HPAScalingPolicy 1=type:string 2=value:int32 3=periodSeconds:int32
io.k8s.api.autoscaling.v2.HPAScalingRules 1=selectPolicy:string 2=policies:HPAScalingPolicy* 3=stabilizationWindowSeconds:int32 4=tolerance:io.k8s.apimachinery.pkg.api.resource.Quantity
io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:HorizontalPodAutoscalerSpec 3=status:HorizontalPodAutoscalerStatus
io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehavior 1=scaleUp:HPAScalingRules 2=scaleDown:HPAScalingRules
io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerCondition 1=type:string 2=status:string 3=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=reason:string? 5=message:string?
io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:HorizontalPodAutoscaler*
io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec 1=scaleTargetRef:CrossVersionObjectReference 2=minReplicas:int32 3=maxReplicas:int32 4=metrics:MetricSpec* 5=behavior:HorizontalPodAutoscalerBehavior
io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatus 1=observedGeneration:int64 2=lastScaleTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 3=currentReplicas:int32? 4=desiredReplicas:int32 5=currentMetrics:MetricStatus* 6=conditions:HorizontalPodAutoscalerCondition*
io.k8s.api.autoscaling.v2.MetricIdentifier 1=name:string 2=selector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
io.k8s.api.autoscaling.v2.MetricSpec 1=type:string 2=object:ObjectMetricSource 3=pods:PodsMetricSource 4=resource:ResourceMetricSource 5=external:ExternalMetricSource 7=containerResource:ContainerResourceMetricSource
io.k8s.api.autoscaling.v2.MetricStatus 1=type:string 2=object:ObjectMetricStatus 3=pods:PodsMetricStatus 4=resource:ResourceMetricStatus 5=external:ExternalMetricStatus 7=containerResource:ContainerResourceMetricStatus
io.k8s.api.autoscaling.v2.MetricTarget 1=type:string 2=value:io.k8s.apimachinery.pkg.api.resource.Quantity 3=averageValue:io.k8s.apimachinery.pkg.api.resource.Quantity 4=averageUtilization:int32
io.k8s.api.autoscaling.v2.MetricValueStatus 1=value:io.k8s.apimachinery.pkg.api.resource.Quantity 2=averageValue:io.k8s.apimachinery.pkg.api.resource.Quantity 3=averageUtilization:int32
io.k8s.api.autoscaling.v2.ObjectMetricSource 1=describedObject:CrossVersionObjectReference 2=target:MetricTarget 3=metric:MetricIdentifier
io.k8s.api.autoscaling.v2.ObjectMetricStatus 1=metric:MetricIdentifier 2=current:MetricValueStatus 3=describedObject:CrossVersionObjectReference
io.k8s.api.autoscaling.v2.PodsMetricSource 1=metric:MetricIdentifier 2=target:MetricTarget
io.k8s.api.autoscaling.v2.PodsMetricStatus 1=metric:MetricIdentifier 2=current:MetricValueStatus
io.k8s.api.autoscaling.v2.ResourceMetricSource 1=name:string 2=target:MetricTarget
io.k8s.api.autoscaling.v2.ResourceMetricStatus 1=name:string 2=current:MetricValueStatus
io.k8s.api.batch.v1.CronJob 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:CronJobSpec 3=status:CronJobStatus
io.k8s.api.batch.v1.CronJobList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:CronJob*
io.k8s.api.batch.v1.CronJobSpec 1=schedule:string 2=startingDeadlineSeconds:int64 3=concurrencyPolicy:string? 4=suspend:bool 5=jobTemplate:JobTemplateSpec 6=successfulJobsHistoryLimit:int32 7=failedJobsHistoryLimit:int32 8=timeZone:string
io.k8s.api.batch.v1.CronJobStatus 1=active:io.k8s.api.core.v1.ObjectReference* 4=lastScheduleTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 5=lastSuccessfulTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time
io.k8s.api.batch.v1.Job 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:JobSpec 3=status:JobStatus
io.k8s.api.batch.v1.JobCondition 1=type:string 2=status:string 3=lastProbeTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 5=reason:string? 6=message:string?
io.k8s.api.batch.v1.JobList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Job*
io.k8s.api.batch.v1.JobSpec 1=parallelism:int32 2=completions:int32 3=activeDeadlineSeconds:int64 4=selector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 5=manualSelector:bool 6=template:io.k8s.api.core.v1.PodTemplateSpec 7=backoffLimit:int32 8=ttlSecondsAfterFinished:int32 9=completionMode:string 10=suspend:bool 11=podFailurePolicy:PodFailurePolicy 12=backoffLimitPerIndex:int32 13=maxFailedIndexes:int32 14=podReplacementPolicy:string 15=managedBy:string 16=successPolicy:SuccessPolicy
io.k8s.api.batch.v1.JobStatus 1=conditions:JobCondition* 2=startTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 3=completionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=active:int32? 5=succeeded:int32? 6=failed:int32? 7=completedIndexes:string? 8=uncountedTerminatedPods:UncountedTerminatedPods 9=ready:int32 10=failedIndexes:string 11=terminating:int32
io.k8s.api.batch.v1.JobTemplateSpec 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:JobSpec
io.k8s.api.batch.v1.PodFailurePolicy 1=rules:PodFailurePolicyRule*
io.k8s.api.batch.v1.PodFailurePolicyOnExitCodesRequirement 1=containerName:string 2=operator:string 3=values:int32*
io.k8s.api.batch.v1.PodFailurePolicyOnPodConditionsPattern 1=type:string 2=status:string
io.k8s.api.batch.v1.PodFailurePolicyRule 1=action:string 2=onExitCodes:PodFailurePolicyOnExitCodesRequirement 3=onPodConditions:PodFailurePolicyOnPodConditionsPattern*
io.k8s.api.batch.v1.SuccessPolicy 1=rules:SuccessPolicyRule*
io.k8s.api.batch.v1.SuccessPolicyRule 1=succeededIndexes:string 2=succeededCount:int32
io.k8s.api.batch.v1.UncountedTerminatedPods 1=succeeded:string* 2=failed:string*
io.k8s.api.certificates.v1.CertificateSigningRequest 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:CertificateSigningRequestSpec 3=status:CertificateSigningRequestStatus
io.k8s.api.certificates.v1.CertificateSigningRequestCondition 1=type:string 2=reason:string? 3=message:string? 4=lastUpdateTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 5=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 6=status:string
io.k8s.api.certificates.v1.CertificateSigningRequestList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:CertificateSigningRequest*
io.k8s.api.certificates.v1.CertificateSigningRequestSpec 1=request:bytes 2=username:string? 3=uid:string? 4=groups:string* 5=usages:string* 6=extra:map<string,ExtraValue> 7=signerName:string 8=expirationSeconds:int32
io.k8s.api.certificates.v1.CertificateSigningRequestStatus 1=conditions:CertificateSigningRequestCondition* 2=certificate:bytes?
io.k8s.api.certificates.v1.ExtraValue [] 1=items:string*
io.k8s.api.certificates.v1alpha1.ClusterTrustBundle 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ClusterTrustBundleSpec
io.k8s.api.certificates.v1alpha1.ClusterTrustBundleList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ClusterTrustBundle*
io.k8s.api.certificates.v1alpha1.ClusterTrustBundleSpec 1=signerName:string? 2=trustBundle:string
io.k8s.api.certificates.v1beta1.ClusterTrustBundle 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ClusterTrustBundleSpec
io.k8s.api.certificates.v1beta1.ClusterTrustBundleList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ClusterTrustBundle*
io.k8s.api.certificates.v1beta1.ClusterTrustBundleSpec 1=signerName:string? 2=trustBundle:string
io.k8s.api.coordination.v1.Lease 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:LeaseSpec
io.k8s.api.coordination.v1.LeaseList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Lease*
io.k8s.api.coordination.v1.LeaseSpec 1=holderIdentity:string 2=leaseDurationSeconds:int32 3=acquireTime:io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime 4=renewTime:io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime 5=leaseTransitions:int32 6=strategy:string 7=preferredHolder:string
io.k8s.api.coordination.v1alpha2.LeaseCandidate 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:LeaseCandidateSpec
io.k8s.api.coordination.v1alpha2.LeaseCandidateList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:LeaseCandidate*
io.k8s.api.coordination.v1alpha2.LeaseCandidateSpec 1=leaseName:string 2=pingTime:io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime 3=renewTime:io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime 4=binaryVersion:string 5=emulationVersion:string? 6=strategy:string?
io.k8s.api.coordination.v1beta1.LeaseCandidate 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:LeaseCandidateSpec
io.k8s.api.coordination.v1beta1.LeaseCandidateList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:LeaseCandidate*
io.k8s.api.coordination.v1beta1.LeaseCandidateSpec 1=leaseName:string 2=pingTime:io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime 3=renewTime:io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime 4=binaryVersion:string 5=emulationVersion:string? 6=strategy:string?
io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource 1=volumeID:string 2=fsType:string? 3=partition:int32? 4=readOnly:bool?
io.k8s.api.core.v1.Affinity 1=nodeAffinity:NodeAffinity 2=podAffinity:PodAffinity 3=podAntiAffinity:PodAntiAffinity
io.k8s.api.core.v1.AppArmorProfile 1=type:string 2=localhostProfile:string
io.k8s.api.core.v1.AttachedVolume 1=name:string 2=devicePath:string
io.k8s.api.core.v1.AzureDiskVolumeSource 1=diskName:string 2=diskURI:string 3=cachingMode:string 4=fsType:string 5=readOnly:bool 6=kind:string
io.k8s.api.core.v1.AzureFilePersistentVolumeSource 1=secretName:string 2=shareName:string 3=readOnly:bool? 4=secretNamespace:string
io.k8s.api.core.v1.AzureFileVolumeSource 1=secretName:string 2=shareName:string 3=readOnly:bool?
io.k8s.api.core.v1.Binding 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=target:ObjectReference
io.k8s.api.core.v1.CSIPersistentVolumeSource 1=driver:string 2=volumeHandle:string 3=readOnly:bool? 4=fsType:string? 5=volumeAttributes:map<string,string> 6=controllerPublishSecretRef:SecretReference 7=nodeStageSecretRef:SecretReference 8=nodePublishSecretRef:SecretReference 9=controllerExpandSecretRef:SecretReference 10=nodeExpandSecretRef:SecretReference
io.k8s.api.core.v1.CSIVolumeSource 1=driver:string 2=readOnly:bool 3=fsType:string 4=volumeAttributes:map<string,string> 5=nodePublishSecretRef:LocalObjectReference
io.k8s.api.core.v1.Capabilities 1=add:string* 2=drop:string*
io.k8s.api.core.v1.CephFSPersistentVolumeSource 1=monitors:string* 2=path:string? 3=user:string? 4=secretFile:string? 5=secretRef:SecretReference 6=readOnly:bool?
io.k8s.api.core.v1.CephFSVolumeSource 1=monitors:string* 2=path:string? 3=user:string? 4=secretFile:string? 5=secretRef:LocalObjectReference 6=readOnly:bool?
io.k8s.api.core.v1.CinderPersistentVolumeSource 1=volumeID:string 2=fsType:string? 3=readOnly:bool? 4=secretRef:SecretReference
io.k8s.api.core.v1.CinderVolumeSource 1=volumeID:string 2=fsType:string? 3=readOnly:bool? 4=secretRef:LocalObjectReference
io.k8s.api.core.v1.ClientIPConfig 1=timeoutSeconds:int32
io.k8s.api.core.v1.ClusterTrustBundleProjection 1=name:string 2=signerName:string 3=labelSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 4=path:string 5=optional:bool
io.k8s.api.core.v1.ComponentCondition 1=type:string 2=status:string 3=message:string? 4=error:string?
io.k8s.api.core.v1.ComponentStatus 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=conditions:ComponentCondition*
io.k8s.api.core.v1.ComponentStatusList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ComponentStatus*
io.k8s.api.core.v1.ConfigMap 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=data:map<string,string> 3=binaryData:map<string,bytes> 4=immutable:bool
io.k8s.api.core.v1.ConfigMapEnvSource 1=:LocalObjectReference 2=optional:bool
io.k8s.api.core.v1.ConfigMapKeySelector 1=:LocalObjectReference 2=key:string 3=optional:bool
io.k8s.api.core.v1.ConfigMapList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ConfigMap*
io.k8s.api.core.v1.ConfigMapNodeConfigSource 1=namespace:string 2=name:string 3=uid:string? 4=resourceVersion:string? 5=kubeletConfigKey:string
io.k8s.api.core.v1.ConfigMapProjection 1=:LocalObjectReference 2=items:KeyToPath* 4=optional:bool
io.k8s.api.core.v1.ConfigMapVolumeSource 1=:LocalObjectReference 2=items:KeyToPath* 3=defaultMode:int32 4=optional:bool
io.k8s.api.core.v1.Container 1=name:string 2=image:string? 3=command:string* 4=args:string* 5=workingDir:string? 6=ports:ContainerPort* 7=env:EnvVar* 8=resources:ResourceRequirements 9=volumeMounts:VolumeMount* 10=livenessProbe:Probe 11=readinessProbe:Probe 12=lifecycle:Lifecycle 13=terminationMessagePath:string? 14=imagePullPolicy:string? 15=securityContext:SecurityContext 16=stdin:bool? 17=stdinOnce:bool? 18=tty:bool? 19=envFrom:EnvFromSource* 20=terminationMessagePolicy:string? 21=volumeDevices:VolumeDevice* 22=startupProbe:Probe 23=resizePolicy:ContainerResizePolicy* 24=restartPolicy:string
io.k8s.api.core.v1.ContainerImage 1=names:string* 2=sizeBytes:int64?
io.k8s.api.core.v1.ContainerPort 1=name:string? 2=hostPort:int32? 3=containerPort:int32 4=protocol:string? 5=hostIP:string?
io.k8s.api.core.v1.ContainerResizePolicy 1=resourceName:string 2=restartPolicy:string
io.k8s.api.core.v1.ContainerState 1=waiting:ContainerStateWaiting 2=running:ContainerStateRunning 3=terminated:ContainerStateTerminated
io.k8s.api.core.v1.ContainerStateRunning 1=startedAt:io.k8s.apimachinery.pkg.apis.meta.v1.Time
io.k8s.api.core.v1.ContainerStateTerminated 1=exitCode:int32 2=signal:int32? 3=reason:string? 4=message:string? 5=startedAt:io.k8s.apimachinery.pkg.apis.meta.v1.Time 6=finishedAt:io.k8s.apimachinery.pkg.apis.meta.v1.Time 7=containerID:string?
io.k8s.api.core.v1.ContainerStateWaiting 1=reason:string? 2=message:string?
io.k8s.api.core.v1.ContainerStatus 1=name:string 2=state:ContainerState 3=lastState:ContainerState 4=ready:bool 5=restartCount:int32 6=image:string 7=imageID:string 8=containerID:string? 9=started:bool 10=allocatedResources:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 11=resources:ResourceRequirements 12=volumeMounts:VolumeMountStatus* 13=user:ContainerUser 14=allocatedResourcesStatus:ResourceStatus* 15=stopSignal:string
io.k8s.api.core.v1.ContainerUser 1=linux:LinuxContainerUser
io.k8s.api.core.v1.DaemonEndpoint 1=Port:int32
io.k8s.api.core.v1.DownwardAPIProjection 1=items:DownwardAPIVolumeFile*
io.k8s.api.core.v1.DownwardAPIVolumeFile 1=path:string 2=fieldRef:ObjectFieldSelector 3=resourceFieldRef:ResourceFieldSelector 4=mode:int32
io.k8s.api.core.v1.DownwardAPIVolumeSource 1=items:DownwardAPIVolumeFile* 2=defaultMode:int32
io.k8s.api.core.v1.EmptyDirVolumeSource 1=medium:string? 2=sizeLimit:io.k8s.apimachinery.pkg.api.resource.Quantity
io.k8s.api.core.v1.EndpointAddress 1=ip:string 2=targetRef:ObjectReference 3=hostname:string? 4=nodeName:string
io.k8s.api.core.v1.EndpointPort 1=name:string? 2=port:int32 3=protocol:string? 4=appProtocol:string
io.k8s.api.core.v1.EndpointSubset 1=addresses:EndpointAddress* 2=notReadyAddresses:EndpointAddress* 3=ports:EndpointPort*
io.k8s.api.core.v1.Endpoints 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=subsets:EndpointSubset*
io.k8s.api.core.v1.EndpointsList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Endpoints*
io.k8s.api.core.v1.EnvFromSource 1=prefix:string? 2=configMapRef:ConfigMapEnvSource 3=secretRef:SecretEnvSource
io.k8s.api.core.v1.EnvVar 1=name:string 2=value:string? 3=valueFrom:EnvVarSource
io.k8s.api.core.v1.EnvVarSource 1=fieldRef:ObjectFieldSelector 2=resourceFieldRef:ResourceFieldSelector 3=configMapKeyRef:ConfigMapKeySelector 4=secretKeyRef:SecretKeySelector
io.k8s.api.core.v1.EphemeralContainer 1=:EphemeralContainerCommon 2=targetContainerName:string?
io.k8s.api.core.v1.EphemeralContainerCommon 1=name:string 2=image:string? 3=command:string* 4=args:string* 5=workingDir:string? 6=ports:ContainerPort* 7=env:EnvVar* 8=resources:ResourceRequirements 9=volumeMounts:VolumeMount* 10=livenessProbe:Probe 11=readinessProbe:Probe 12=lifecycle:Lifecycle 13=terminationMessagePath:string? 14=imagePullPolicy:string? 15=securityContext:SecurityContext 16=stdin:bool? 17=stdinOnce:bool? 18=tty:bool? 19=envFrom:EnvFromSource* 20=terminationMessagePolicy:string? 21=volumeDevices:VolumeDevice* 22=startupProbe:Probe 23=resizePolicy:ContainerResizePolicy* 24=restartPolicy:string
io.k8s.api.core.v1.EphemeralVolumeSource 1=volumeClaimTemplate:PersistentVolumeClaimTemplate
io.k8s.api.core.v1.Event 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=involvedObject:ObjectReference 3=reason:string? 4=message:string? 5=source:EventSource 6=firstTimestamp:io.k8s.apimachinery.pkg.apis.meta.v1.Time 7=lastTimestamp:io.k8s.apimachinery.pkg.apis.meta.v1.Time 8=count:int32? 9=type:string? 10=eventTime:io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime 11=series:EventSeries 12=action:string? 13=related:ObjectReference 14=reportingComponent:string 15=reportingInstance:string
io.k8s.api.core.v1.EventList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Event*
io.k8s.api.core.v1.EventSeries 1=count:int32? 2=lastObservedTime:io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime
io.k8s.api.core.v1.EventSource 1=component:string? 2=host:string?
io.k8s.api.core.v1.ExecAction 1=command:string*
io.k8s.api.core.v1.FCVolumeSource 1=targetWWNs:string* 2=lun:int32 3=fsType:string? 4=readOnly:bool? 5=wwids:string*
io.k8s.api.core.v1.FlexPersistentVolumeSource 1=driver:string 2=fsType:string? 3=secretRef:SecretReference 4=readOnly:bool? 5=options:map<string,string>
io.k8s.api.core.v1.FlexVolumeSource 1=driver:string 2=fsType:string? 3=secretRef:LocalObjectReference 4=readOnly:bool? 5=options:map<string,string>
io.k8s.api.core.v1.FlockerVolumeSource 1=datasetName:string? 2=datasetUUID:string?
io.k8s.api.core.v1.GCEPersistentDiskVolumeSource 1=pdName:string 2=fsType:string? 3=partition:int32? 4=readOnly:bool?
io.k8s.api.core.v1.GRPCAction 1=port:int32 2=service:string
io.k8s.api.core.v1.GitRepoVolumeSource 1=repository:string 2=revision:string? 3=directory:string?
io.k8s.api.core.v1.GlusterfsPersistentVolumeSource 1=endpoints:string 2=path:string 3=readOnly:bool? 4=endpointsNamespace:string
io.k8s.api.core.v1.GlusterfsVolumeSource 1=endpoints:string 2=path:string 3=readOnly:bool?
io.k8s.api.core.v1.HTTPGetAction 1=path:string? 2=port:io.k8s.apimachinery.pkg.util.intstr.IntOrString 3=host:string? 4=scheme:string? 5=httpHeaders:HTTPHeader*
io.k8s.api.core.v1.HTTPHeader 1=name:string 2=value:string
io.k8s.api.core.v1.HostAlias 1=ip:string 2=hostnames:string*
io.k8s.api.core.v1.HostIP 1=ip:string
io.k8s.api.core.v1.HostPathVolumeSource 1=path:string 2=type:string
io.k8s.api.core.v1.ISCSIPersistentVolumeSource 1=targetPortal:string 2=iqn:string 3=lun:int32 4=iscsiInterface:string? 5=fsType:string? 6=readOnly:bool? 7=portals:string* 8=chapAuthDiscovery:bool? 10=secretRef:SecretReference 11=chapAuthSession:bool? 12=initiatorName:string
io.k8s.api.core.v1.ISCSIVolumeSource 1=targetPortal:string 2=iqn:string 3=lun:int32 4=iscsiInterface:string? 5=fsType:string? 6=readOnly:bool? 7=portals:string* 8=chapAuthDiscovery:bool? 10=secretRef:LocalObjectReference 11=chapAuthSession:bool? 12=initiatorName:string
io.k8s.api.core.v1.ImageVolumeSource 1=reference:string? 2=pullPolicy:string?
io.k8s.api.core.v1.KeyToPath 1=key:string 2=path:string 3=mode:int32
io.k8s.api.core.v1.Lifecycle 1=postStart:LifecycleHandler 2=preStop:LifecycleHandler 3=stopSignal:string
io.k8s.api.core.v1.LifecycleHandler 1=exec:ExecAction 2=httpGet:HTTPGetAction 3=tcpSocket:TCPSocketAction 4=sleep:SleepAction
io.k8s.api.core.v1.LimitRange 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:LimitRangeSpec
io.k8s.api.core.v1.LimitRangeItem 1=type:string 2=max:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 3=min:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 4=default:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 5=defaultRequest:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 6=maxLimitRequestRatio:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity>
io.k8s.api.core.v1.LimitRangeList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:LimitRange*
io.k8s.api.core.v1.LimitRangeSpec 1=limits:LimitRangeItem*
io.k8s.api.core.v1.LinuxContainerUser 1=uid:int64 2=gid:int64 3=supplementalGroups:int64*
io.k8s.api.core.v1.LoadBalancerIngress 1=ip:string? 2=hostname:string? 3=ipMode:string 4=ports:PortStatus*
io.k8s.api.core.v1.LoadBalancerStatus 1=ingress:LoadBalancerIngress*
io.k8s.api.core.v1.LocalObjectReference 1=name:string?
io.k8s.api.core.v1.LocalVolumeSource 1=path:string 2=fsType:string
io.k8s.api.core.v1.ModifyVolumeStatus 1=targetVolumeAttributesClassName:string? 2=status:string
io.k8s.api.core.v1.NFSVolumeSource 1=server:string 2=path:string 3=readOnly:bool?
io.k8s.api.core.v1.Namespace 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:NamespaceSpec 3=status:NamespaceStatus
io.k8s.api.core.v1.NamespaceCondition 1=type:string 2=status:string 4=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 5=reason:string? 6=message:string?
io.k8s.api.core.v1.NamespaceList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Namespace*
io.k8s.api.core.v1.NamespaceSpec 1=finalizers:string*
io.k8s.api.core.v1.NamespaceStatus 1=phase:string? 2=conditions:NamespaceCondition*
io.k8s.api.core.v1.Node 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:NodeSpec 3=status:NodeStatus
io.k8s.api.core.v1.NodeAddress 1=type:string 2=address:string
io.k8s.api.core.v1.NodeAffinity 1=requiredDuringSchedulingIgnoredDuringExecution:NodeSelector 2=preferredDuringSchedulingIgnoredDuringExecution:PreferredSchedulingTerm*
io.k8s.api.core.v1.NodeCondition 1=type:string 2=status:string 3=lastHeartbeatTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 5=reason:string? 6=message:string?
io.k8s.api.core.v1.NodeConfigSource 2=configMap:ConfigMapNodeConfigSource
io.k8s.api.core.v1.NodeConfigStatus 1=assigned:NodeConfigSource 2=active:NodeConfigSource 3=lastKnownGood:NodeConfigSource 4=error:string?
io.k8s.api.core.v1.NodeDaemonEndpoints 1=kubeletEndpoint:DaemonEndpoint
io.k8s.api.core.v1.NodeFeatures 1=supplementalGroupsPolicy:bool
io.k8s.api.core.v1.NodeList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Node*
io.k8s.api.core.v1.NodeRuntimeHandler 1=name:string 2=features:NodeRuntimeHandlerFeatures
io.k8s.api.core.v1.NodeRuntimeHandlerFeatures 1=recursiveReadOnlyMounts:bool 2=userNamespaces:bool
io.k8s.api.core.v1.NodeSelector 1=nodeSelectorTerms:NodeSelectorTerm*
io.k8s.api.core.v1.NodeSelectorRequirement 1=key:string 2=operator:string 3=values:string*
io.k8s.api.core.v1.NodeSelectorTerm 1=matchExpressions:NodeSelectorRequirement* 2=matchFields:NodeSelectorRequirement*
io.k8s.api.core.v1.NodeSpec 1=podCIDR:string? 2=externalID:string? 3=providerID:string? 4=unschedulable:bool? 5=taints:Taint* 6=configSource:NodeConfigSource 7=podCIDRs:string*
io.k8s.api.core.v1.NodeStatus 1=capacity:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 2=allocatable:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 3=phase:string? 4=conditions:NodeCondition* 5=addresses:NodeAddress* 6=daemonEndpoints:NodeDaemonEndpoints 7=nodeInfo:NodeSystemInfo 8=images:ContainerImage* 9=volumesInUse:string* 10=volumesAttached:AttachedVolume* 11=config:NodeConfigStatus 12=runtimeHandlers:NodeRuntimeHandler* 13=features:NodeFeatures
io.k8s.api.core.v1.NodeSwapStatus 1=capacity:int64
io.k8s.api.core.v1.NodeSystemInfo 1=machineID:string 2=systemUUID:string 3=bootID:string 4=kernelVersion:string 5=osImage:string 6=containerRuntimeVersion:string 7=kubeletVersion:string 8=kubeProxyVersion:string 9=operatingSystem:string 10=architecture:string 11=swap:NodeSwapStatus
io.k8s.api.core.v1.ObjectFieldSelector 1=apiVersion:string? 2=fieldPath:string
io.k8s.api.core.v1.ObjectReference 1=kind:string? 2=namespace:string? 3=name:string? 4=uid:string? 5=apiVersion:string? 6=resourceVersion:string? 7=fieldPath:string?
io.k8s.api.core.v1.PersistentVolume 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:PersistentVolumeSpec 3=status:PersistentVolumeStatus
io.k8s.api.core.v1.PersistentVolumeClaim 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:PersistentVolumeClaimSpec 3=status:PersistentVolumeClaimStatus
io.k8s.api.core.v1.PersistentVolumeClaimCondition 1=type:string 2=status:string 3=lastProbeTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 5=reason:string? 6=message:string?
io.k8s.api.core.v1.PersistentVolumeClaimList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:PersistentVolumeClaim*
io.k8s.api.core.v1.PersistentVolumeClaimSpec 1=accessModes:string* 2=resources:VolumeResourceRequirements 3=volumeName:string? 4=selector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 5=storageClassName:string 6=volumeMode:string 7=dataSource:TypedLocalObjectReference 8=dataSourceRef:TypedObjectReference 9=volumeAttributesClassName:string
io.k8s.api.core.v1.PersistentVolumeClaimStatus 1=phase:string? 2=accessModes:string* 3=capacity:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 4=conditions:PersistentVolumeClaimCondition* 5=allocatedResources:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 7=allocatedResourceStatuses:map<string,string> 8=currentVolumeAttributesClassName:string 9=modifyVolumeStatus:ModifyVolumeStatus
io.k8s.api.core.v1.PersistentVolumeClaimTemplate 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:PersistentVolumeClaimSpec
io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource 1=claimName:string 2=readOnly:bool?
io.k8s.api.core.v1.PersistentVolumeList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:PersistentVolume*
io.k8s.api.core.v1.PersistentVolumeSource 1=gcePersistentDisk:GCEPersistentDiskVolumeSource 2=awsElasticBlockStore:AWSElasticBlockStoreVolumeSource 3=hostPath:HostPathVolumeSource 4=glusterfs:GlusterfsPersistentVolumeSource 5=nfs:NFSVolumeSource 6=rbd:RBDPersistentVolumeSource 7=iscsi:ISCSIPersistentVolumeSource 8=cinder:CinderPersistentVolumeSource 9=cephfs:CephFSPersistentVolumeSource 10=fc:FCVolumeSource 11=flocker:FlockerVolumeSource 12=flexVolume:FlexPersistentVolumeSource 13=azureFile:AzureFilePersistentVolumeSource 14=vsphereVolume:VsphereVirtualDiskVolumeSource 15=quobyte:QuobyteVolumeSource 16=azureDisk:AzureDiskVolumeSource 17=photonPersistentDisk:PhotonPersistentDiskVolumeSource 18=portworxVolume:PortworxVolumeSource 19=scaleIO:ScaleIOPersistentVolumeSource 20=local:LocalVolumeSource 21=storageos:StorageOSPersistentVolumeSource 22=csi:CSIPersistentVolumeSource
io.k8s.api.core.v1.PersistentVolumeSpec 1=capacity:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 2=:PersistentVolumeSource 3=accessModes:string* 4=claimRef:ObjectReference 5=persistentVolumeReclaimPolicy:string? 6=storageClassName:string? 7=mountOptions:string* 8=volumeMode:string 9=nodeAffinity:VolumeNodeAffinity 10=volumeAttributesClassName:string
io.k8s.api.core.v1.PersistentVolumeStatus 1=phase:string? 2=message:string? 3=reason:string? 4=lastPhaseTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time
io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource 1=pdID:string 2=fsType:string?
io.k8s.api.core.v1.Pod 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:PodSpec 3=status:PodStatus
io.k8s.api.core.v1.PodAffinity 1=requiredDuringSchedulingIgnoredDuringExecution:PodAffinityTerm* 2=preferredDuringSchedulingIgnoredDuringExecution:WeightedPodAffinityTerm*
io.k8s.api.core.v1.PodAffinityTerm 1=labelSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 2=namespaces:string* 3=topologyKey:string 4=namespaceSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 5=matchLabelKeys:string* 6=mismatchLabelKeys:string*
io.k8s.api.core.v1.PodAntiAffinity 1=requiredDuringSchedulingIgnoredDuringExecution:PodAffinityTerm* 2=preferredDuringSchedulingIgnoredDuringExecution:WeightedPodAffinityTerm*
io.k8s.api.core.v1.PodCondition 1=type:string 2=status:string 3=lastProbeTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 5=reason:string? 6=message:string? 7=observedGeneration:int64?
io.k8s.api.core.v1.PodDNSConfig 1=nameservers:string* 2=searches:string* 3=options:PodDNSConfigOption*
io.k8s.api.core.v1.PodDNSConfigOption 1=name:string? 2=value:string
io.k8s.api.core.v1.PodIP 1=ip:string
io.k8s.api.core.v1.PodList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Pod*
io.k8s.api.core.v1.PodOS 1=name:string
io.k8s.api.core.v1.PodReadinessGate 1=conditionType:string
io.k8s.api.core.v1.PodResourceClaim 1=name:string 3=resourceClaimName:string 4=resourceClaimTemplateName:string
io.k8s.api.core.v1.PodResourceClaimStatus 1=name:string 2=resourceClaimName:string
io.k8s.api.core.v1.PodSchedulingGate 1=name:string
io.k8s.api.core.v1.PodSecurityContext 1=seLinuxOptions:SELinuxOptions 2=runAsUser:int64 3=runAsNonRoot:bool 4=supplementalGroups:int64* 5=fsGroup:int64 6=runAsGroup:int64 7=sysctls:Sysctl* 8=windowsOptions:WindowsSecurityContextOptions 9=fsGroupChangePolicy:string 10=seccompProfile:SeccompProfile 11=appArmorProfile:AppArmorProfile 12=supplementalGroupsPolicy:string 13=seLinuxChangePolicy:string
io.k8s.api.core.v1.PodSpec 1=volumes:Volume* 2=containers:Container* 3=restartPolicy:string? 4=terminationGracePeriodSeconds:int64 5=activeDeadlineSeconds:int64 6=dnsPolicy:string? 7=nodeSelector:map<string,string> 8=serviceAccountName:string? 9=serviceAccount:string? 10=nodeName:string? 11=hostNetwork:bool? 12=hostPID:bool? 13=hostIPC:bool? 14=securityContext:PodSecurityContext 15=imagePullSecrets:LocalObjectReference* 16=hostname:string? 17=subdomain:string? 18=affinity:Affinity 19=schedulerName:string? 20=initContainers:Container* 21=automountServiceAccountToken:bool 22=tolerations:Toleration* 23=hostAliases:HostAlias* 24=priorityClassName:string? 25=priority:int32 26=dnsConfig:PodDNSConfig 27=shareProcessNamespace:bool 28=readinessGates:PodReadinessGate* 29=runtimeClassName:string 30=enableServiceLinks:bool 31=preemptionPolicy:string 32=overhead:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 33=topologySpreadConstraints:TopologySpreadConstraint* 34=ephemeralContainers:EphemeralContainer* 35=setHostnameAsFQDN:bool 36=os:PodOS 37=hostUsers:bool 38=schedulingGates:PodSchedulingGate* 39=resourceClaims:PodResourceClaim* 40=resources:ResourceRequirements
io.k8s.api.core.v1.PodStatus 1=phase:string? 2=conditions:PodCondition* 3=message:string? 4=reason:string? 5=hostIP:string? 6=podIP:string? 7=startTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 8=containerStatuses:ContainerStatus* 9=qosClass:string? 10=initContainerStatuses:ContainerStatus* 11=nominatedNodeName:string? 12=podIPs:PodIP* 13=ephemeralContainerStatuses:ContainerStatus* 14=resize:string? 15=resourceClaimStatuses:PodResourceClaimStatus* 16=hostIPs:HostIP* 17=observedGeneration:int64?
io.k8s.api.core.v1.PodTemplate 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=template:PodTemplateSpec
io.k8s.api.core.v1.PodTemplateList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:PodTemplate*
io.k8s.api.core.v1.PodTemplateSpec 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:PodSpec
io.k8s.api.core.v1.PortStatus 1=port:int32 2=protocol:string 3=error:string
io.k8s.api.core.v1.PortworxVolumeSource 1=volumeID:string 2=fsType:string? 3=readOnly:bool?
io.k8s.api.core.v1.PreferredSchedulingTerm 1=weight:int32 2=preference:NodeSelectorTerm
io.k8s.api.core.v1.Probe 1=:ProbeHandler 2=initialDelaySeconds:int32? 3=timeoutSeconds:int32? 4=periodSeconds:int32? 5=successThreshold:int32? 6=failureThreshold:int32? 7=terminationGracePeriodSeconds:int64
io.k8s.api.core.v1.ProbeHandler 1=exec:ExecAction 2=httpGet:HTTPGetAction 3=tcpSocket:TCPSocketAction 4=grpc:GRPCAction
io.k8s.api.core.v1.ProjectedVolumeSource 1=sources:VolumeProjection* 2=defaultMode:int32
io.k8s.api.core.v1.QuobyteVolumeSource 1=registry:string 2=volume:string 3=readOnly:bool? 4=user:string? 5=group:string? 6=tenant:string?
io.k8s.api.core.v1.RBDPersistentVolumeSource 1=monitors:string* 2=image:string 3=fsType:string? 4=pool:string? 5=user:string? 6=keyring:string? 7=secretRef:SecretReference 8=readOnly:bool?
io.k8s.api.core.v1.RBDVolumeSource 1=monitors:string* 2=image:string 3=fsType:string? 4=pool:string? 5=user:string? 6=keyring:string? 7=secretRef:LocalObjectReference 8=readOnly:bool?
io.k8s.api.core.v1.ReplicationController 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ReplicationControllerSpec 3=status:ReplicationControllerStatus
io.k8s.api.core.v1.ReplicationControllerCondition 1=type:string 2=status:string 3=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=reason:string? 5=message:string?
io.k8s.api.core.v1.ReplicationControllerList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ReplicationController*
io.k8s.api.core.v1.ReplicationControllerSpec 1=replicas:int32 2=selector:map<string,string> 3=template:PodTemplateSpec 4=minReadySeconds:int32?
io.k8s.api.core.v1.ReplicationControllerStatus 1=replicas:int32 2=fullyLabeledReplicas:int32? 3=observedGeneration:int64? 4=readyReplicas:int32? 5=availableReplicas:int32? 6=conditions:ReplicationControllerCondition*
io.k8s.api.core.v1.ResourceClaim 1=name:string 2=request:string?
io.k8s.api.core.v1.ResourceFieldSelector 1=containerName:string? 2=resource:string 3=divisor:io.k8s.apimachinery.pkg.api.resource.Quantity
io.k8s.api.core.v1.ResourceHealth 1=resourceID:string 2=health:string?
io.k8s.api.core.v1.ResourceQuota 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceQuotaSpec 3=status:ResourceQuotaStatus
io.k8s.api.core.v1.ResourceQuotaList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ResourceQuota*
io.k8s.api.core.v1.ResourceQuotaSpec 1=hard:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 2=scopes:string* 3=scopeSelector:ScopeSelector
io.k8s.api.core.v1.ResourceQuotaStatus 1=hard:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 2=used:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity>
io.k8s.api.core.v1.ResourceRequirements 1=limits:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 2=requests:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 3=claims:ResourceClaim*
io.k8s.api.core.v1.ResourceStatus 1=name:string 2=resources:ResourceHealth*
io.k8s.api.core.v1.SELinuxOptions 1=user:string? 2=role:string? 3=type:string? 4=level:string?
io.k8s.api.core.v1.ScaleIOPersistentVolumeSource 1=gateway:string 2=system:string 3=secretRef:SecretReference 4=sslEnabled:bool? 5=protectionDomain:string? 6=storagePool:string? 7=storageMode:string? 8=volumeName:string? 9=fsType:string? 10=readOnly:bool?
io.k8s.api.core.v1.ScaleIOVolumeSource 1=gateway:string 2=system:string 3=secretRef:LocalObjectReference 4=sslEnabled:bool? 5=protectionDomain:string? 6=storagePool:string? 7=storageMode:string? 8=volumeName:string? 9=fsType:string? 10=readOnly:bool?
io.k8s.api.core.v1.ScopeSelector 1=matchExpressions:ScopedResourceSelectorRequirement*
io.k8s.api.core.v1.ScopedResourceSelectorRequirement 1=scopeName:string 2=operator:string 3=values:string*
io.k8s.api.core.v1.SeccompProfile 1=type:string 2=localhostProfile:string
io.k8s.api.core.v1.Secret 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=data:map<string,bytes> 3=type:string? 4=stringData:map<string,string> 5=immutable:bool
io.k8s.api.core.v1.SecretEnvSource 1=:LocalObjectReference 2=optional:bool
io.k8s.api.core.v1.SecretKeySelector 1=:LocalObjectReference 2=key:string 3=optional:bool
io.k8s.api.core.v1.SecretList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Secret*
io.k8s.api.core.v1.SecretProjection 1=:LocalObjectReference 2=items:KeyToPath* 4=optional:bool
io.k8s.api.core.v1.SecretReference 1=name:string? 2=namespace:string?
io.k8s.api.core.v1.SecretVolumeSource 1=secretName:string? 2=items:KeyToPath* 3=defaultMode:int32 4=optional:bool
io.k8s.api.core.v1.SecurityContext 1=capabilities:Capabilities 2=privileged:bool 3=seLinuxOptions:SELinuxOptions 4=runAsUser:int64 5=runAsNonRoot:bool 6=readOnlyRootFilesystem:bool 7=allowPrivilegeEscalation:bool 8=runAsGroup:int64 9=procMount:string 10=windowsOptions:WindowsSecurityContextOptions 11=seccompProfile:SeccompProfile 12=appArmorProfile:AppArmorProfile
io.k8s.api.core.v1.Service 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ServiceSpec 3=status:ServiceStatus
io.k8s.api.core.v1.ServiceAccount 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=secrets:ObjectReference* 3=imagePullSecrets:LocalObjectReference* 4=automountServiceAccountToken:bool
io.k8s.api.core.v1.ServiceAccountList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ServiceAccount*
io.k8s.api.core.v1.ServiceAccountTokenProjection 1=audience:string? 2=expirationSeconds:int64 3=path:string
io.k8s.api.core.v1.ServiceList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Service*
io.k8s.api.core.v1.ServicePort 1=name:string? 2=protocol:string? 3=port:int32 4=targetPort:io.k8s.apimachinery.pkg.util.intstr.IntOrString 5=nodePort:int32? 6=appProtocol:string
io.k8s.api.core.v1.ServiceSpec 1=ports:ServicePort* 2=selector:map<string,string> 3=clusterIP:string? 4=type:string? 5=externalIPs:string* 7=sessionAffinity:string? 8=loadBalancerIP:string? 9=loadBalancerSourceRanges:string* 10=externalName:string? 11=externalTrafficPolicy:string? 12=healthCheckNodePort:int32? 13=publishNotReadyAddresses:bool? 14=sessionAffinityConfig:SessionAffinityConfig 17=ipFamilyPolicy:string 18=clusterIPs:string* 19=ipFamilies:string* 20=allocateLoadBalancerNodePorts:bool 21=loadBalancerClass:string 22=internalTrafficPolicy:string 23=trafficDistribution:string
io.k8s.api.core.v1.ServiceStatus 1=loadBalancer:LoadBalancerStatus 2=conditions:io.k8s.apimachinery.pkg.apis.meta.v1.Condition*
io.k8s.api.core.v1.SessionAffinityConfig 1=clientIP:ClientIPConfig
io.k8s.api.core.v1.SleepAction 1=seconds:int64
io.k8s.api.core.v1.StorageOSPersistentVolumeSource 1=volumeName:string? 2=volumeNamespace:string? 3=fsType:string? 4=readOnly:bool? 5=secretRef:ObjectReference
io.k8s.api.core.v1.StorageOSVolumeSource 1=volumeName:string? 2=volumeNamespace:string? 3=fsType:string? 4=readOnly:bool? 5=secretRef:LocalObjectReference
io.k8s.api.core.v1.Sysctl 1=name:string 2=value:string
io.k8s.api.core.v1.TCPSocketAction 1=port:io.k8s.apimachinery.pkg.util.intstr.IntOrString 2=host:string?
io.k8s.api.core.v1.Taint 1=key:string 2=value:string? 3=effect:string 4=timeAdded:io.k8s.apimachinery.pkg.apis.meta.v1.Time
io.k8s.api.core.v1.Toleration 1=key:string? 2=operator:string? 3=value:string? 4=effect:string? 5=tolerationSeconds:int64
io.k8s.api.core.v1.TopologySelectorLabelRequirement 1=key:string 2=values:string*
io.k8s.api.core.v1.TopologySelectorTerm 1=matchLabelExpressions:TopologySelectorLabelRequirement*
io.k8s.api.core.v1.TopologySpreadConstraint 1=maxSkew:int32 2=topologyKey:string 3=whenUnsatisfiable:string 4=labelSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 5=minDomains:int32 6=nodeAffinityPolicy:string 7=nodeTaintsPolicy:string 8=matchLabelKeys:string*
io.k8s.api.core.v1.TypedLocalObjectReference 1=apiGroup:string 2=kind:string 3=name:string
io.k8s.api.core.v1.TypedObjectReference 1=apiGroup:string 2=kind:string 3=name:string 4=namespace:string
io.k8s.api.core.v1.Volume 1=name:string 2=:VolumeSource
io.k8s.api.core.v1.VolumeDevice 1=name:string 2=devicePath:string
io.k8s.api.core.v1.VolumeMount 1=name:string 2=readOnly:bool? 3=mountPath:string 4=subPath:string? 5=mountPropagation:string 6=subPathExpr:string? 7=recursiveReadOnly:string
io.k8s.api.core.v1.VolumeMountStatus 1=name:string 2=mountPath:string 3=readOnly:bool? 4=recursiveReadOnly:string
io.k8s.api.core.v1.VolumeNodeAffinity 1=required:NodeSelector
io.k8s.api.core.v1.VolumeProjection 1=secret:SecretProjection 2=downwardAPI:DownwardAPIProjection 3=configMap:ConfigMapProjection 4=serviceAccountToken:ServiceAccountTokenProjection 5=clusterTrustBundle:ClusterTrustBundleProjection
io.k8s.api.core.v1.VolumeResourceRequirements 1=limits:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 2=requests:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity>
io.k8s.api.core.v1.VolumeSource 1=hostPath:HostPathVolumeSource 2=emptyDir:EmptyDirVolumeSource 3=gcePersistentDisk:GCEPersistentDiskVolumeSource 4=awsElasticBlockStore:AWSElasticBlockStoreVolumeSource 5=gitRepo:GitRepoVolumeSource 6=secret:SecretVolumeSource 7=nfs:NFSVolumeSource 8=iscsi:ISCSIVolumeSource 9=glusterfs:GlusterfsVolumeSource 10=persistentVolumeClaim:PersistentVolumeClaimVolumeSource 11=rbd:RBDVolumeSource 12=flexVolume:FlexVolumeSource 13=cinder:CinderVolumeSource 14=cephfs:CephFSVolumeSource 15=flocker:FlockerVolumeSource 16=downwardAPI:DownwardAPIVolumeSource 17=fc:FCVolumeSource 18=azureFile:AzureFileVolumeSource 19=configMap:ConfigMapVolumeSource 20=vsphereVolume:VsphereVirtualDiskVolumeSource 21=quobyte:QuobyteVolumeSource 22=azureDisk:AzureDiskVolumeSource 23=photonPersistentDisk:PhotonPersistentDiskVolumeSource 24=portworxVolume:PortworxVolumeSource 25=scaleIO:ScaleIOVolumeSource 26=projected:ProjectedVolumeSource 27=storageos:StorageOSVolumeSource 28=csi:CSIVolumeSource 29=ephemeral:EphemeralVolumeSource 30=image:ImageVolumeSource
io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource 1=volumePath:string 2=fsType:string? 3=storagePolicyName:string? 4=storagePolicyID:string?
io.k8s.api.core.v1.WeightedPodAffinityTerm 1=weight:int32 2=podAffinityTerm:PodAffinityTerm
io.k8s.api.core.v1.WindowsSecurityContextOptions 1=gmsaCredentialSpecName:string 2=gmsaCredentialSpec:string 3=runAsUserName:string 4=hostProcess:bool
io.k8s.api.discovery.v1.Endpoint 1=addresses:string* 2=conditions:EndpointConditions 3=hostname:string 4=targetRef:io.k8s.api.core.v1.ObjectReference 5=deprecatedTopology:map<string,string> 6=nodeName:string 7=zone:string 8=hints:EndpointHints
io.k8s.api.discovery.v1.EndpointConditions 1=ready:bool 2=serving:bool 3=terminating:bool
io.k8s.api.discovery.v1.EndpointHints 1=forZones:ForZone* 2=forNodes:ForNode*
io.k8s.api.discovery.v1.EndpointPort 1=name:string 2=protocol:string 3=port:int32 4=appProtocol:string
io.k8s.api.discovery.v1.EndpointSlice 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=endpoints:Endpoint* 3=ports:EndpointPort* 4=addressType:string
io.k8s.api.discovery.v1.EndpointSliceList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:EndpointSlice*
io.k8s.api.discovery.v1.ForNode 1=name:string
io.k8s.api.discovery.v1.ForZone 1=name:string
io.k8s.api.events.v1.Event 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=eventTime:io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime 3=series:EventSeries 4=reportingController:string? 5=reportingInstance:string? 6=action:string? 7=reason:string? 8=regarding:io.k8s.api.core.v1.ObjectReference 9=related:io.k8s.api.core.v1.ObjectReference 10=note:string? 11=type:string? 12=deprecatedSource:io.k8s.api.core.v1.EventSource 13=deprecatedFirstTimestamp:io.k8s.apimachinery.pkg.apis.meta.v1.Time 14=deprecatedLastTimestamp:io.k8s.apimachinery.pkg.apis.meta.v1.Time 15=deprecatedCount:int32?
io.k8s.api.events.v1.EventList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Event*
io.k8s.api.events.v1.EventSeries 1=count:int32 2=lastObservedTime:io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime
io.k8s.api.flowcontrol.v1.ExemptPriorityLevelConfiguration 1=nominalConcurrencyShares:int32 2=lendablePercent:int32
io.k8s.api.flowcontrol.v1.FlowDistinguisherMethod 1=type:string
io.k8s.api.flowcontrol.v1.FlowSchema 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:FlowSchemaSpec 3=status:FlowSchemaStatus
io.k8s.api.flowcontrol.v1.FlowSchemaCondition 1=type:string? 2=status:string? 3=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=reason:string? 5=message:string?
io.k8s.api.flowcontrol.v1.FlowSchemaList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:FlowSchema*
io.k8s.api.flowcontrol.v1.FlowSchemaSpec 1=priorityLevelConfiguration:PriorityLevelConfigurationReference 2=matchingPrecedence:int32 3=distinguisherMethod:FlowDistinguisherMethod 4=rules:PolicyRulesWithSubjects*
io.k8s.api.flowcontrol.v1.FlowSchemaStatus 1=conditions:FlowSchemaCondition*
io.k8s.api.flowcontrol.v1.GroupSubject 1=name:string
io.k8s.api.flowcontrol.v1.LimitResponse 1=type:string 2=queuing:QueuingConfiguration
io.k8s.api.flowcontrol.v1.LimitedPriorityLevelConfiguration 1=nominalConcurrencyShares:int32 2=limitResponse:LimitResponse 3=lendablePercent:int32 4=borrowingLimitPercent:int32
io.k8s.api.flowcontrol.v1.NonResourcePolicyRule 1=verbs:string* 6=nonResourceURLs:string*
io.k8s.api.flowcontrol.v1.PolicyRulesWithSubjects 1=subjects:Subject* 2=resourceRules:ResourcePolicyRule* 3=nonResourceRules:NonResourcePolicyRule*
io.k8s.api.flowcontrol.v1.PriorityLevelConfiguration 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:PriorityLevelConfigurationSpec 3=status:PriorityLevelConfigurationStatus
io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationCondition 1=type:string? 2=status:string? 3=lastTransitionTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=reason:string? 5=message:string?
io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:PriorityLevelConfiguration*
io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationReference 1=name:string
io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationSpec 1=type:string 2=limited:LimitedPriorityLevelConfiguration 3=exempt:ExemptPriorityLevelConfiguration
io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationStatus 1=conditions:PriorityLevelConfigurationCondition*
io.k8s.api.flowcontrol.v1.QueuingConfiguration 1=queues:int32 2=handSize:int32 3=queueLengthLimit:int32
io.k8s.api.flowcontrol.v1.ResourcePolicyRule 1=verbs:string* 2=apiGroups:string* 3=resources:string* 4=clusterScope:bool? 5=namespaces:string*
io.k8s.api.flowcontrol.v1.ServiceAccountSubject 1=namespace:string 2=name:string
io.k8s.api.flowcontrol.v1.Subject 1=kind:string 2=user:UserSubject 3=group:GroupSubject 4=serviceAccount:ServiceAccountSubject
io.k8s.api.flowcontrol.v1.UserSubject 1=name:string
io.k8s.api.networking.v1.HTTPIngressPath 1=path:string? 2=backend:IngressBackend 3=pathType:string
io.k8s.api.networking.v1.HTTPIngressRuleValue 1=paths:HTTPIngressPath*
io.k8s.api.networking.v1.IPAddress 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:IPAddressSpec
io.k8s.api.networking.v1.IPAddressList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:IPAddress*
io.k8s.api.networking.v1.IPAddressSpec 1=parentRef:ParentReference
io.k8s.api.networking.v1.IPBlock 1=cidr:string 2=except:string*
io.k8s.api.networking.v1.Ingress 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:IngressSpec 3=status:IngressStatus
io.k8s.api.networking.v1.IngressBackend 3=resource:io.k8s.api.core.v1.TypedLocalObjectReference 4=service:IngressServiceBackend
io.k8s.api.networking.v1.IngressClass 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:IngressClassSpec
io.k8s.api.networking.v1.IngressClassList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:IngressClass*
io.k8s.api.networking.v1.IngressClassParametersReference 1=apiGroup:string 2=kind:string 3=name:string 4=scope:string 5=namespace:string
io.k8s.api.networking.v1.IngressClassSpec 1=controller:string? 2=parameters:IngressClassParametersReference
io.k8s.api.networking.v1.IngressList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Ingress*
io.k8s.api.networking.v1.IngressLoadBalancerIngress 1=ip:string? 2=hostname:string? 4=ports:IngressPortStatus*
io.k8s.api.networking.v1.IngressLoadBalancerStatus 1=ingress:IngressLoadBalancerIngress*
io.k8s.api.networking.v1.IngressPortStatus 1=port:int32 2=protocol:string 3=error:string
io.k8s.api.networking.v1.IngressRule 1=host:string? 2=:IngressRuleValue
io.k8s.api.networking.v1.IngressRuleValue 1=http:HTTPIngressRuleValue
io.k8s.api.networking.v1.IngressServiceBackend 1=name:string 2=port:ServiceBackendPort
io.k8s.api.networking.v1.IngressSpec 1=defaultBackend:IngressBackend 2=tls:IngressTLS* 3=rules:IngressRule* 4=ingressClassName:string
io.k8s.api.networking.v1.IngressStatus 1=loadBalancer:IngressLoadBalancerStatus
io.k8s.api.networking.v1.IngressTLS 1=hosts:string* 2=secretName:string?
io.k8s.api.networking.v1.NetworkPolicy 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:NetworkPolicySpec
io.k8s.api.networking.v1.NetworkPolicyEgressRule 1=ports:NetworkPolicyPort* 2=to:NetworkPolicyPeer*
io.k8s.api.networking.v1.NetworkPolicyIngressRule 1=ports:NetworkPolicyPort* 2=from:NetworkPolicyPeer*
io.k8s.api.networking.v1.NetworkPolicyList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:NetworkPolicy*
io.k8s.api.networking.v1.NetworkPolicyPeer 1=podSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 2=namespaceSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 3=ipBlock:IPBlock
io.k8s.api.networking.v1.NetworkPolicyPort 1=protocol:string 2=port:io.k8s.apimachinery.pkg.util.intstr.IntOrString 3=endPort:int32
io.k8s.api.networking.v1.NetworkPolicySpec 1=podSelector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 2=ingress:NetworkPolicyIngressRule* 3=egress:NetworkPolicyEgressRule* 4=policyTypes:string*
io.k8s.api.networking.v1.ParentReference 1=group:string? 2=resource:string? 3=namespace:string? 4=name:string?
io.k8s.api.networking.v1.ServiceBackendPort 1=name:string? 2=number:int32?
io.k8s.api.networking.v1.ServiceCIDR 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ServiceCIDRSpec 3=status:ServiceCIDRStatus
io.k8s.api.networking.v1.ServiceCIDRList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ServiceCIDR*
io.k8s.api.networking.v1.ServiceCIDRSpec 1=cidrs:string*
io.k8s.api.networking.v1.ServiceCIDRStatus 1=conditions:io.k8s.apimachinery.pkg.apis.meta.v1.Condition*
io.k8s.api.networking.v1beta1.IPAddress 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:IPAddressSpec
io.k8s.api.networking.v1beta1.IPAddressList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:IPAddress*
io.k8s.api.networking.v1beta1.IPAddressSpec 1=parentRef:ParentReference
io.k8s.api.networking.v1beta1.ParentReference 1=group:string? 2=resource:string? 3=namespace:string? 4=name:string?
io.k8s.api.networking.v1beta1.ServiceCIDR 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ServiceCIDRSpec 3=status:ServiceCIDRStatus
io.k8s.api.networking.v1beta1.ServiceCIDRList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ServiceCIDR*
io.k8s.api.networking.v1beta1.ServiceCIDRSpec 1=cidrs:string*
io.k8s.api.networking.v1beta1.ServiceCIDRStatus 1=conditions:io.k8s.apimachinery.pkg.apis.meta.v1.Condition*
io.k8s.api.node.v1.Overhead 1=podFixed:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity>
io.k8s.api.node.v1.RuntimeClass 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=handler:string 3=overhead:Overhead 4=scheduling:Scheduling
io.k8s.api.node.v1.RuntimeClassList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:RuntimeClass*
io.k8s.api.node.v1.Scheduling 1=nodeSelector:map<string,string> 2=tolerations:io.k8s.api.core.v1.Toleration*
io.k8s.api.policy.v1.Eviction 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=deleteOptions:io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
io.k8s.api.policy.v1.PodDisruptionBudget 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:PodDisruptionBudgetSpec 3=status:PodDisruptionBudgetStatus
io.k8s.api.policy.v1.PodDisruptionBudgetList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:PodDisruptionBudget*
io.k8s.api.policy.v1.PodDisruptionBudgetSpec 1=minAvailable:io.k8s.apimachinery.pkg.util.intstr.IntOrString 2=selector:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 3=maxUnavailable:io.k8s.apimachinery.pkg.util.intstr.IntOrString 4=unhealthyPodEvictionPolicy:string
io.k8s.api.policy.v1.PodDisruptionBudgetStatus 1=observedGeneration:int64? 2=disruptedPods:map<string,io.k8s.apimachinery.pkg.apis.meta.v1.Time> 3=disruptionsAllowed:int32 4=currentHealthy:int32 5=desiredHealthy:int32 6=expectedPods:int32 7=conditions:io.k8s.apimachinery.pkg.apis.meta.v1.Condition*
io.k8s.api.rbac.v1.AggregationRule 1=clusterRoleSelectors:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector*
io.k8s.api.rbac.v1.ClusterRole 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=rules:PolicyRule* 3=aggregationRule:AggregationRule
io.k8s.api.rbac.v1.ClusterRoleBinding 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=subjects:Subject* 3=roleRef:RoleRef
io.k8s.api.rbac.v1.ClusterRoleBindingList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ClusterRoleBinding*
io.k8s.api.rbac.v1.ClusterRoleList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ClusterRole*
io.k8s.api.rbac.v1.PolicyRule 1=verbs:string* 2=apiGroups:string* 3=resources:string* 4=resourceNames:string* 5=nonResourceURLs:string*
io.k8s.api.rbac.v1.Role 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=rules:PolicyRule*
io.k8s.api.rbac.v1.RoleBinding 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=subjects:Subject* 3=roleRef:RoleRef
io.k8s.api.rbac.v1.RoleBindingList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:RoleBinding*
io.k8s.api.rbac.v1.RoleList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:Role*
io.k8s.api.rbac.v1.RoleRef 1=apiGroup:string 2=kind:string 3=name:string
io.k8s.api.rbac.v1.Subject 1=kind:string 2=apiGroup:string? 3=name:string 4=namespace:string?
io.k8s.api.resource.v1alpha3.AllocatedDeviceStatus 1=driver:string 2=pool:string 3=device:string 4=conditions:io.k8s.apimachinery.pkg.apis.meta.v1.Condition* 5=data:io.k8s.apimachinery.pkg.runtime.RawExtension 6=networkData:NetworkDeviceData
io.k8s.api.resource.v1alpha3.AllocationResult 1=devices:DeviceAllocationResult 3=nodeSelector:io.k8s.api.core.v1.NodeSelector
io.k8s.api.resource.v1alpha3.BasicDevice 1=attributes:map<string,DeviceAttribute> 2=capacity:map<string,io.k8s.apimachinery.pkg.api.resource.Quantity> 3=consumesCounters:DeviceCounterConsumption* 4=nodeName:string 5=nodeSelector:io.k8s.api.core.v1.NodeSelector 6=allNodes:bool 7=taints:DeviceTaint*
io.k8s.api.resource.v1alpha3.CELDeviceSelector 1=expression:string
io.k8s.api.resource.v1alpha3.Counter 1=value:io.k8s.apimachinery.pkg.api.resource.Quantity
io.k8s.api.resource.v1alpha3.CounterSet 1=name:string 2=counters:map<string,Counter>
io.k8s.api.resource.v1alpha3.Device 1=name:string 2=basic:BasicDevice
io.k8s.api.resource.v1alpha3.DeviceAllocationConfiguration 1=source:string 2=requests:string* 3=:DeviceConfiguration
io.k8s.api.resource.v1alpha3.DeviceAllocationResult 1=results:DeviceRequestAllocationResult* 2=config:DeviceAllocationConfiguration*
io.k8s.api.resource.v1alpha3.DeviceAttribute 2=int:int64 3=bool:bool 4=string:string 5=version:string
io.k8s.api.resource.v1alpha3.DeviceClaim 1=requests:DeviceRequest* 2=constraints:DeviceConstraint* 3=config:DeviceClaimConfiguration*
io.k8s.api.resource.v1alpha3.DeviceClaimConfiguration 1=requests:string* 2=:DeviceConfiguration
io.k8s.api.resource.v1alpha3.DeviceClass 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:DeviceClassSpec
io.k8s.api.resource.v1alpha3.DeviceClassConfiguration 1=:DeviceConfiguration
io.k8s.api.resource.v1alpha3.DeviceClassList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:DeviceClass*
io.k8s.api.resource.v1alpha3.DeviceClassSpec 1=selectors:DeviceSelector* 2=config:DeviceClassConfiguration*
io.k8s.api.resource.v1alpha3.DeviceConfiguration 1=opaque:OpaqueDeviceConfiguration
io.k8s.api.resource.v1alpha3.DeviceConstraint 1=requests:string* 2=matchAttribute:string
io.k8s.api.resource.v1alpha3.DeviceCounterConsumption 1=counterSet:string 2=counters:map<string,Counter>
io.k8s.api.resource.v1alpha3.DeviceRequest 1=name:string 2=deviceClassName:string 3=selectors:DeviceSelector* 4=allocationMode:string? 5=count:int64? 6=adminAccess:bool 7=firstAvailable:DeviceSubRequest* 8=tolerations:DeviceToleration*
io.k8s.api.resource.v1alpha3.DeviceRequestAllocationResult 1=request:string 2=driver:string 3=pool:string 4=device:string 5=adminAccess:bool 6=tolerations:DeviceToleration*
io.k8s.api.resource.v1alpha3.DeviceSelector 1=cel:CELDeviceSelector
io.k8s.api.resource.v1alpha3.DeviceSubRequest 1=name:string 2=deviceClassName:string 3=selectors:DeviceSelector* 4=allocationMode:string? 5=count:int64? 7=tolerations:DeviceToleration*
io.k8s.api.resource.v1alpha3.DeviceTaint 1=key:string 2=value:string? 3=effect:string 4=timeAdded:io.k8s.apimachinery.pkg.apis.meta.v1.Time
io.k8s.api.resource.v1alpha3.DeviceTaintRule 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:DeviceTaintRuleSpec
io.k8s.api.resource.v1alpha3.DeviceTaintRuleList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:DeviceTaintRule*
io.k8s.api.resource.v1alpha3.DeviceTaintRuleSpec 1=deviceSelector:DeviceTaintSelector 2=taint:DeviceTaint
io.k8s.api.resource.v1alpha3.DeviceTaintSelector 1=deviceClassName:string 2=driver:string 3=pool:string 4=device:string 5=selectors:DeviceSelector*
io.k8s.api.resource.v1alpha3.DeviceToleration 1=key:string? 2=operator:string? 3=value:string? 4=effect:string? 5=tolerationSeconds:int64
io.k8s.api.resource.v1alpha3.NetworkDeviceData 1=interfaceName:string? 2=ips:string* 3=hardwareAddress:string?
io.k8s.api.resource.v1alpha3.OpaqueDeviceConfiguration 1=driver:string 2=parameters:io.k8s.apimachinery.pkg.runtime.RawExtension
io.k8s.api.resource.v1alpha3.ResourceClaim 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceClaimSpec 3=status:ResourceClaimStatus
io.k8s.api.resource.v1alpha3.ResourceClaimConsumerReference 1=apiGroup:string? 3=resource:string 4=name:string 5=uid:string
io.k8s.api.resource.v1alpha3.ResourceClaimList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ResourceClaim*
io.k8s.api.resource.v1alpha3.ResourceClaimSpec 1=devices:DeviceClaim
io.k8s.api.resource.v1alpha3.ResourceClaimStatus 1=allocation:AllocationResult 2=reservedFor:ResourceClaimConsumerReference* 4=devices:AllocatedDeviceStatus*
io.k8s.api.resource.v1alpha3.ResourceClaimTemplate 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceClaimTemplateSpec
io.k8s.api.resource.v1alpha3.ResourceClaimTemplateList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ResourceClaimTemplate*
io.k8s.api.resource.v1alpha3.ResourceClaimTemplateSpec 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceClaimSpec
io.k8s.api.resource.v1alpha3.ResourcePool 1=name:string 2=generation:int64 3=resourceSliceCount:int64
io.k8s.api.resource.v1alpha3.ResourceSlice 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceSliceSpec
io.k8s.api.resource.v1alpha3.ResourceSliceList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ResourceSlice*
io.k8s.api.resource.v1alpha3.ResourceSliceSpec 1=driver:string 2=pool:ResourcePool 3=nodeName:string? 4=nodeSelector:io.k8s.api.core.v1.NodeSelector 5=allNodes:bool? 6=devices:Device* 7=perDeviceNodeSelection:bool 8=sharedCounters:CounterSet*
io.k8s.api.resource.v1beta1.AllocatedDeviceStatus 1=driver:string 2=pool:string 3=device:string 4=conditions:io.k8s.apimachinery.pkg.apis.meta.v1.Condition* 5=data:io.k8s.apimachinery.pkg.runtime.RawExtension 6=networkData:NetworkDeviceData
io.k8s.api.resource.v1beta1.AllocationResult 1=devices:DeviceAllocationResult 3=nodeSelector:io.k8s.api.core.v1.NodeSelector
io.k8s.api.resource.v1beta1.BasicDevice 1=attributes:map<string,DeviceAttribute> 2=capacity:map<string,DeviceCapacity> 3=consumesCounters:DeviceCounterConsumption* 4=nodeName:string 5=nodeSelector:io.k8s.api.core.v1.NodeSelector 6=allNodes:bool 7=taints:DeviceTaint*
io.k8s.api.resource.v1beta1.CELDeviceSelector 1=expression:string
io.k8s.api.resource.v1beta1.Counter 1=value:io.k8s.apimachinery.pkg.api.resource.Quantity
io.k8s.api.resource.v1beta1.CounterSet 1=name:string 2=counters:map<string,Counter>
io.k8s.api.resource.v1beta1.Device 1=name:string 2=basic:BasicDevice
io.k8s.api.resource.v1beta1.DeviceAllocationConfiguration 1=source:string 2=requests:string* 3=:DeviceConfiguration
io.k8s.api.resource.v1beta1.DeviceAllocationResult 1=results:DeviceRequestAllocationResult* 2=config:DeviceAllocationConfiguration*
io.k8s.api.resource.v1beta1.DeviceAttribute 2=int:int64 3=bool:bool 4=string:string 5=version:string
io.k8s.api.resource.v1beta1.DeviceCapacity 1=value:io.k8s.apimachinery.pkg.api.resource.Quantity
io.k8s.api.resource.v1beta1.DeviceClaim 1=requests:DeviceRequest* 2=constraints:DeviceConstraint* 3=config:DeviceClaimConfiguration*
io.k8s.api.resource.v1beta1.DeviceClaimConfiguration 1=requests:string* 2=:DeviceConfiguration
io.k8s.api.resource.v1beta1.DeviceClass 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:DeviceClassSpec
io.k8s.api.resource.v1beta1.DeviceClassConfiguration 1=:DeviceConfiguration
io.k8s.api.resource.v1beta1.DeviceClassList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:DeviceClass*
io.k8s.api.resource.v1beta1.DeviceClassSpec 1=selectors:DeviceSelector* 2=config:DeviceClassConfiguration*
io.k8s.api.resource.v1beta1.DeviceConfiguration 1=opaque:OpaqueDeviceConfiguration
io.k8s.api.resource.v1beta1.DeviceConstraint 1=requests:string* 2=matchAttribute:string
io.k8s.api.resource.v1beta1.DeviceCounterConsumption 1=counterSet:string 2=counters:map<string,Counter>
io.k8s.api.resource.v1beta1.DeviceRequest 1=name:string 2=deviceClassName:string 3=selectors:DeviceSelector* 4=allocationMode:string? 5=count:int64? 6=adminAccess:bool 7=firstAvailable:DeviceSubRequest* 8=tolerations:DeviceToleration*
io.k8s.api.resource.v1beta1.DeviceRequestAllocationResult 1=request:string 2=driver:string 3=pool:string 4=device:string 5=adminAccess:bool 6=tolerations:DeviceToleration*
io.k8s.api.resource.v1beta1.DeviceSelector 1=cel:CELDeviceSelector
io.k8s.api.resource.v1beta1.DeviceSubRequest 1=name:string 2=deviceClassName:string 3=selectors:DeviceSelector* 4=allocationMode:string? 5=count:int64? 7=tolerations:DeviceToleration*
io.k8s.api.resource.v1beta1.DeviceTaint 1=key:string 2=value:string? 3=effect:string 4=timeAdded:io.k8s.apimachinery.pkg.apis.meta.v1.Time
io.k8s.api.resource.v1beta1.DeviceToleration 1=key:string? 2=operator:string? 3=value:string? 4=effect:string? 5=tolerationSeconds:int64
io.k8s.api.resource.v1beta1.NetworkDeviceData 1=interfaceName:string? 2=ips:string* 3=hardwareAddress:string?
io.k8s.api.resource.v1beta1.OpaqueDeviceConfiguration 1=driver:string 2=parameters:io.k8s.apimachinery.pkg.runtime.RawExtension
io.k8s.api.resource.v1beta1.ResourceClaim 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceClaimSpec 3=status:ResourceClaimStatus
io.k8s.api.resource.v1beta1.ResourceClaimConsumerReference 1=apiGroup:string? 3=resource:string 4=name:string 5=uid:string
io.k8s.api.resource.v1beta1.ResourceClaimList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ResourceClaim*
io.k8s.api.resource.v1beta1.ResourceClaimSpec 1=devices:DeviceClaim
io.k8s.api.resource.v1beta1.ResourceClaimStatus 1=allocation:AllocationResult 2=reservedFor:ResourceClaimConsumerReference* 4=devices:AllocatedDeviceStatus*
io.k8s.api.resource.v1beta1.ResourceClaimTemplate 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceClaimTemplateSpec
io.k8s.api.resource.v1beta1.ResourceClaimTemplateList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ResourceClaimTemplate*
io.k8s.api.resource.v1beta1.ResourceClaimTemplateSpec 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceClaimSpec
io.k8s.api.resource.v1beta1.ResourcePool 1=name:string 2=generation:int64 3=resourceSliceCount:int64
io.k8s.api.resource.v1beta1.ResourceSlice 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceSliceSpec
io.k8s.api.resource.v1beta1.ResourceSliceList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ResourceSlice*
io.k8s.api.resource.v1beta1.ResourceSliceSpec 1=driver:string 2=pool:ResourcePool 3=nodeName:string? 4=nodeSelector:io.k8s.api.core.v1.NodeSelector 5=allNodes:bool? 6=devices:Device* 7=perDeviceNodeSelection:bool 8=sharedCounters:CounterSet*
io.k8s.api.resource.v1beta2.AllocatedDeviceStatus 1=driver:string 2=pool:string 3=device:string 4=conditions:io.k8s.apimachinery.pkg.apis.meta.v1.Condition* 5=data:io.k8s.apimachinery.pkg.runtime.RawExtension 6=networkData:NetworkDeviceData
io.k8s.api.resource.v1beta2.AllocationResult 1=devices:DeviceAllocationResult 3=nodeSelector:io.k8s.api.core.v1.NodeSelector
io.k8s.api.resource.v1beta2.CELDeviceSelector 1=expression:string
io.k8s.api.resource.v1beta2.Counter 1=value:io.k8s.apimachinery.pkg.api.resource.Quantity
io.k8s.api.resource.v1beta2.CounterSet 1=name:string 2=counters:map<string,Counter>
io.k8s.api.resource.v1beta2.Device 1=name:string 2=attributes:map<string,DeviceAttribute> 3=capacity:map<string,DeviceCapacity> 4=consumesCounters:DeviceCounterConsumption* 5=nodeName:string 6=nodeSelector:io.k8s.api.core.v1.NodeSelector 7=allNodes:bool 8=taints:DeviceTaint*
io.k8s.api.resource.v1beta2.DeviceAllocationConfiguration 1=source:string 2=requests:string* 3=:DeviceConfiguration
io.k8s.api.resource.v1beta2.DeviceAllocationResult 1=results:DeviceRequestAllocationResult* 2=config:DeviceAllocationConfiguration*
io.k8s.api.resource.v1beta2.DeviceAttribute 2=int:int64 3=bool:bool 4=string:string 5=version:string
io.k8s.api.resource.v1beta2.DeviceCapacity 1=value:io.k8s.apimachinery.pkg.api.resource.Quantity
io.k8s.api.resource.v1beta2.DeviceClaim 1=requests:DeviceRequest* 2=constraints:DeviceConstraint* 3=config:DeviceClaimConfiguration*
io.k8s.api.resource.v1beta2.DeviceClaimConfiguration 1=requests:string* 2=:DeviceConfiguration
io.k8s.api.resource.v1beta2.DeviceClass 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:DeviceClassSpec
io.k8s.api.resource.v1beta2.DeviceClassConfiguration 1=:DeviceConfiguration
io.k8s.api.resource.v1beta2.DeviceClassList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:DeviceClass*
io.k8s.api.resource.v1beta2.DeviceClassSpec 1=selectors:DeviceSelector* 2=config:DeviceClassConfiguration*
io.k8s.api.resource.v1beta2.DeviceConfiguration 1=opaque:OpaqueDeviceConfiguration
io.k8s.api.resource.v1beta2.DeviceConstraint 1=requests:string* 2=matchAttribute:string
io.k8s.api.resource.v1beta2.DeviceCounterConsumption 1=counterSet:string 2=counters:map<string,Counter>
io.k8s.api.resource.v1beta2.DeviceRequest 1=name:string 2=exactly:ExactDeviceRequest 3=firstAvailable:DeviceSubRequest*
io.k8s.api.resource.v1beta2.DeviceRequestAllocationResult 1=request:string 2=driver:string 3=pool:string 4=device:string 5=adminAccess:bool 6=tolerations:DeviceToleration*
io.k8s.api.resource.v1beta2.DeviceSelector 1=cel:CELDeviceSelector
io.k8s.api.resource.v1beta2.DeviceSubRequest 1=name:string 2=deviceClassName:string 3=selectors:DeviceSelector* 4=allocationMode:string? 5=count:int64? 6=tolerations:DeviceToleration*
io.k8s.api.resource.v1beta2.DeviceTaint 1=key:string 2=value:string? 3=effect:string 4=timeAdded:io.k8s.apimachinery.pkg.apis.meta.v1.Time
io.k8s.api.resource.v1beta2.DeviceToleration 1=key:string? 2=operator:string? 3=value:string? 4=effect:string? 5=tolerationSeconds:int64
io.k8s.api.resource.v1beta2.ExactDeviceRequest 1=deviceClassName:string 2=selectors:DeviceSelector* 3=allocationMode:string? 4=count:int64? 5=adminAccess:bool 6=tolerations:DeviceToleration*
io.k8s.api.resource.v1beta2.NetworkDeviceData 1=interfaceName:string? 2=ips:string* 3=hardwareAddress:string?
io.k8s.api.resource.v1beta2.OpaqueDeviceConfiguration 1=driver:string 2=parameters:io.k8s.apimachinery.pkg.runtime.RawExtension
io.k8s.api.resource.v1beta2.ResourceClaim 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceClaimSpec 3=status:ResourceClaimStatus
io.k8s.api.resource.v1beta2.ResourceClaimConsumerReference 1=apiGroup:string? 3=resource:string 4=name:string 5=uid:string
io.k8s.api.resource.v1beta2.ResourceClaimList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ResourceClaim*
io.k8s.api.resource.v1beta2.ResourceClaimSpec 1=devices:DeviceClaim
io.k8s.api.resource.v1beta2.ResourceClaimStatus 1=allocation:AllocationResult 2=reservedFor:ResourceClaimConsumerReference* 4=devices:AllocatedDeviceStatus*
io.k8s.api.resource.v1beta2.ResourceClaimTemplate 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceClaimTemplateSpec
io.k8s.api.resource.v1beta2.ResourceClaimTemplateList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ResourceClaimTemplate*
io.k8s.api.resource.v1beta2.ResourceClaimTemplateSpec 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceClaimSpec
io.k8s.api.resource.v1beta2.ResourcePool 1=name:string 2=generation:int64 3=resourceSliceCount:int64
io.k8s.api.resource.v1beta2.ResourceSlice 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:ResourceSliceSpec
io.k8s.api.resource.v1beta2.ResourceSliceList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:ResourceSlice*
io.k8s.api.resource.v1beta2.ResourceSliceSpec 1=driver:string 2=pool:ResourcePool 3=nodeName:string 4=nodeSelector:io.k8s.api.core.v1.NodeSelector 5=allNodes:bool 6=devices:Device* 7=perDeviceNodeSelection:bool 8=sharedCounters:CounterSet*
io.k8s.api.scheduling.v1.PriorityClass 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=value:int32 3=globalDefault:bool? 4=description:string? 5=preemptionPolicy:string
io.k8s.api.scheduling.v1.PriorityClassList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:PriorityClass*
io.k8s.api.storage.v1.CSIDriver 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:CSIDriverSpec
io.k8s.api.storage.v1.CSIDriverList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:CSIDriver*
io.k8s.api.storage.v1.CSIDriverSpec 1=attachRequired:bool 2=podInfoOnMount:bool 3=volumeLifecycleModes:string* 4=storageCapacity:bool 5=fsGroupPolicy:string 6=tokenRequests:TokenRequest* 7=requiresRepublish:bool 8=seLinuxMount:bool 9=nodeAllocatableUpdatePeriodSeconds:int64
io.k8s.api.storage.v1.CSINode 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:CSINodeSpec
io.k8s.api.storage.v1.CSINodeDriver 1=name:string 2=nodeID:string 3=topologyKeys:string* 4=allocatable:VolumeNodeResources
io.k8s.api.storage.v1.CSINodeList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:CSINode*
io.k8s.api.storage.v1.CSINodeSpec 1=drivers:CSINodeDriver*
io.k8s.api.storage.v1.CSIStorageCapacity 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=nodeTopology:io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 3=storageClassName:string 4=capacity:io.k8s.apimachinery.pkg.api.resource.Quantity 5=maximumVolumeSize:io.k8s.apimachinery.pkg.api.resource.Quantity
io.k8s.api.storage.v1.CSIStorageCapacityList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:CSIStorageCapacity*
io.k8s.api.storage.v1.StorageClass 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=provisioner:string 3=parameters:map<string,string> 4=reclaimPolicy:string 5=mountOptions:string* 6=allowVolumeExpansion:bool 7=volumeBindingMode:string 8=allowedTopologies:io.k8s.api.core.v1.TopologySelectorTerm*
io.k8s.api.storage.v1.StorageClassList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:StorageClass*
io.k8s.api.storage.v1.TokenRequest 1=audience:string 2=expirationSeconds:int64
io.k8s.api.storage.v1.VolumeAttachment 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:VolumeAttachmentSpec 3=status:VolumeAttachmentStatus
io.k8s.api.storage.v1.VolumeAttachmentList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:VolumeAttachment*
io.k8s.api.storage.v1.VolumeAttachmentSource 1=persistentVolumeName:string 2=inlineVolumeSpec:io.k8s.api.core.v1.PersistentVolumeSpec
io.k8s.api.storage.v1.VolumeAttachmentSpec 1=attacher:string 2=source:VolumeAttachmentSource 3=nodeName:string
io.k8s.api.storage.v1.VolumeAttachmentStatus 1=attached:bool 2=attachmentMetadata:map<string,string> 3=attachError:VolumeError 4=detachError:VolumeError
io.k8s.api.storage.v1.VolumeError 1=time:io.k8s.apimachinery.pkg.apis.meta.v1.Time 2=message:string? 3=errorCode:int32
io.k8s.api.storage.v1.VolumeNodeResources 1=count:int32
io.k8s.api.storage.v1alpha1.VolumeAttributesClass 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=driverName:string 3=parameters:map<string,string>
io.k8s.api.storage.v1alpha1.VolumeAttributesClassList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:VolumeAttributesClass*
io.k8s.api.storage.v1beta1.VolumeAttributesClass 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=driverName:string 3=parameters:map<string,string>
io.k8s.api.storage.v1beta1.VolumeAttributesClassList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:VolumeAttributesClass*
io.k8s.api.storagemigration.v1alpha1.GroupVersionResource 1=group:string? 2=version:string? 3=resource:string?
io.k8s.api.storagemigration.v1alpha1.MigrationCondition 1=type:string 2=status:string 3=lastUpdateTime:io.k8s.apimachinery.pkg.apis.meta.v1.Time 4=reason:string? 5=message:string?
io.k8s.api.storagemigration.v1alpha1.StorageVersionMigration 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 2=spec:StorageVersionMigrationSpec 3=status:StorageVersionMigrationStatus
io.k8s.api.storagemigration.v1alpha1.StorageVersionMigrationList 1=metadata:io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 2=items:StorageVersionMigration*
io.k8s.api.storagemigration.v1alpha1.StorageVersionMigrationSpec 1=resource:GroupVersionResource 2=continueToken:string?
io.k8s.api.storagemigration.v1alpha1.StorageVersionMigrationStatus 1=conditions:MigrationCondition* 2=resourceVersion:string?
io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup 1=name:string 2=versions:GroupVersionForDiscovery* 3=preferredVersion:GroupVersionForDiscovery 4=serverAddressByClientCIDRs:ServerAddressByClientCIDR*
io.k8s.apimachinery.pkg.apis.meta.v1.APIGroupList 1=groups:APIGroup*
io.k8s.apimachinery.pkg.apis.meta.v1.APIResource 1=name:string 2=namespaced:bool 3=kind:string 4=verbs:Verbs 5=shortNames:string* 6=singularName:string 7=categories:string* 8=group:string? 9=version:string? 10=storageVersionHash:string?
io.k8s.apimachinery.pkg.apis.meta.v1.APIResourceList 1=groupVersion:string 2=resources:APIResource*
io.k8s.apimachinery.pkg.apis.meta.v1.APIVersions 1=versions:string* 2=serverAddressByClientCIDRs:ServerAddressByClientCIDR*
io.k8s.apimachinery.pkg.apis.meta.v1.Condition 1=type:string 2=status:string 3=observedGeneration:int64? 4=lastTransitionTime:Time 5=reason:string 6=message:string
io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions 1=gracePeriodSeconds:int64 2=preconditions:Preconditions 3=orphanDependents:bool 4=propagationPolicy:string 5=dryRun:string* 6=ignoreStoreReadErrorWithClusterBreakingPotential:bool
io.k8s.apimachinery.pkg.apis.meta.v1.FieldSelectorRequirement 1=key:string 2=operator:string 3=values:string*
io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery 1=groupVersion:string 2=version:string
io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector 1=matchLabels:map<string,string> 2=matchExpressions:LabelSelectorRequirement*
io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement 1=key:string 2=operator:string 3=values:string*
io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta 1=selfLink:string? 2=resourceVersion:string? 3=continue:string? 4=remainingItemCount:int64
io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry 1=manager:string? 2=operation:string? 3=apiVersion:string? 4=time:Time 6=fieldsType:string? 7=fieldsV1:FieldsV1 8=subresource:string?
io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta 1=name:string? 2=generateName:string? 3=namespace:string? 4=selfLink:string? 5=uid:string? 6=resourceVersion:string? 7=generation:int64? 8=creationTimestamp:Time 9=deletionTimestamp:Time 10=deletionGracePeriodSeconds:int64 11=labels:map<string,string> 12=annotations:map<string,string> 13=ownerReferences:OwnerReference* 14=finalizers:string* 17=managedFields:ManagedFieldsEntry*
io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference 1=kind:string 3=name:string 4=uid:string 5=apiVersion:string 6=controller:bool 7=blockOwnerDeletion:bool
io.k8s.apimachinery.pkg.apis.meta.v1.Patch
io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions 1=uid:string 2=resourceVersion:string
io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR 1=clientCIDR:string 2=serverAddress:string
io.k8s.apimachinery.pkg.apis.meta.v1.Status 1=metadata:ListMeta 2=status:string? 3=message:string? 4=reason:string? 5=details:StatusDetails 6=code:int32?
io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause 1=reason:string? 2=message:string? 3=field:string?
io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails 1=name:string? 2=group:string? 3=kind:string? 4=causes:StatusCause* 5=retryAfterSeconds:int32? 6=uid:string?
io.k8s.apimachinery.pkg.apis.meta.v1.Verbs [] 1=items:string*
io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent 1=type:string 2=object:io.k8s.apimachinery.pkg.runtime.RawExtension
"""#
}
