#!/bin/bash
echo ECS_CLUSTER=demo >> /etc/ecs/ecs.config
