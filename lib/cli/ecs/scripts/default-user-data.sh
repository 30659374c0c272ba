#!/bin/bash
echo ECS_CLUSTER=default >> /etc/ecs/ecs.config
